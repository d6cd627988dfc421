package dev.archkit.gen.terraform;

import dev.archkit.model.view.Settings;

import static dev.archkit.gen.terraform.Hcl.raw;

/**
 * variables.tf, first part: the region, defaulting to the architecture's, and the account the
 * module may be applied to (optional; when set, the provider refuses any other account).
 */
final class VariablesEmitter implements Emitter {
    private final Settings settings;

    VariablesEmitter(Settings settings) { this.settings = settings; }

    @Override public TfFile file() { return TfFile.VARIABLES; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        d.open("variable", "region");
        d.attr("description", "The AWS region (from the architecture).");
        d.attr("type", raw("string"));
        d.attr("default", settings.region().orElse("us-east-1"));
        d.blank();
        d.open("validation");
        d.attr("condition", raw("can(regex(\"^[a-z]{2}(-[a-z]+)+-[0-9]$\", var.region))"));
        d.attr("error_message", "The region must be an AWS region code such as eu-west-1.");
        d.close();
        d.close();
        d.blank();
        d.open("variable", "account_id");
        d.attr("description", "The 12-digit AWS account this module may be applied to; null allows any.");
        d.attr("type", raw("string"));
        d.attr("default", raw("null"));
        d.blank();
        d.open("validation");
        d.attr("condition", raw("var.account_id == null || can(regex(\"^[0-9]{12}$\", var.account_id))"));
        d.attr("error_message", "The account id must be 12 digits.");
        d.close();
        d.close();
    }
}
