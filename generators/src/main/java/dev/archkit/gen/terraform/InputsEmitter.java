package dev.archkit.gen.terraform;

import static dev.archkit.gen.terraform.Hcl.raw;

/**
 * variables.tf, second part: the account-specific inputs the other emitters took as variables
 * (certificate and secret ARNs), each with a validation block. Runs after every emitter that
 * takes one.
 */
final class InputsEmitter implements Emitter {
    private final Inputs inputs;

    InputsEmitter(Inputs inputs) { this.inputs = inputs; }

    @Override public TfFile file() { return TfFile.VARIABLES; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Inputs.Variable v : inputs.variables()) {
            d.blank();
            d.open("variable", v.name());
            d.attr("description", v.description());
            d.attr("type", raw("string"));
            if (v.defaultValue() != null) d.attr("default", v.defaultValue());
            d.blank();
            d.open("validation");
            d.attr("condition", raw("can(regex(" + Hcl.quote(v.kind().regex(), false) + ", var." + v.name() + "))"));
            d.attr("error_message", v.kind() == Inputs.ArnKind.BUCKET ? "The value must be an S3 bucket name (3 to 63 lower-case letters, digits, dots and dashes)."
                    : "The value must be an ARN of the form " + v.kind().example() + " (a 12-digit account id, no placeholder).");
            d.close();
            d.close();
            if (v.defaultValue() == null && v.kind() != Inputs.ArnKind.BUCKET) {
                notes.notGenerated("a value for variable " + v.name() + ": the model's '" + v.modelValue() + "' is not a whole ARN (set it in terraform.tfvars)");
            }
        }
    }
}
