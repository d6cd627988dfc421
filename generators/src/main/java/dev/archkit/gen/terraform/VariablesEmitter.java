package dev.archkit.gen.terraform;

import dev.archkit.model.view.Settings;

import static dev.archkit.gen.terraform.Hcl.raw;

/** variables.tf: the region, defaulting to the architecture's. */
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
        d.close();
    }
}
