package dev.archkit.gen.terraform;

import dev.archkit.facts.Names;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Settings;

/**
 * The two example files a generated module comes with, which Terraform does not read under their
 * names: {@code terraform.tfvars.example} (every input, those without a default first) and
 * {@code backend.tf.example} (an S3 state backend with locking, for the user to point at their
 * own bucket; archkit never chooses where state lives).
 */
final class ExamplesEmitter {
    private ExamplesEmitter() { }

    static final class Tfvars implements Emitter {
        private final Inputs inputs;
        private final Architecture view;

        Tfvars(Inputs inputs, Architecture view) {
            this.inputs = inputs;
            this.view = view;
        }

        @Override public TfFile file() { return TfFile.TFVARS_EXAMPLE; }

        @Override
        public void emit(Hcl.Doc d, Notes notes) {
            d.comment("The account this module may be applied to (optional: checked by the provider).");
            d.attr("account_id", "123456789012");
            d.attr("region", new Settings(view).region().orElse("us-east-1"));
            for (Inputs.Variable v : inputs.required()) {
                d.blank().comment(v.kind() == Inputs.ArnKind.BUCKET ? "Required: the model does not name it." : "Required: the model has no usable value.");
                d.attr(v.name(), v.kind().example());
            }
            for (Inputs.Variable v : inputs.variables()) {
                if (v.defaultValue() == null) continue;
                d.blank().comment("Defaults to the model's value.");
                d.attr(v.name(), v.defaultValue());
            }
        }
    }

    static final class Backend implements Emitter {
        private final Architecture view;
        private final Names names;

        Backend(Architecture view, Names names) {
            this.view = view;
            this.names = names;
        }

        @Override public TfFile file() { return TfFile.BACKEND_EXAMPLE; }

        @Override
        public void emit(Hcl.Doc d, Notes notes) {
            d.comment("Terraform state in S3 with native locking (Terraform 1.10 and later); the bucket is yours to create.");
            d.open("terraform");
            d.open("backend", "s3");
            d.attr("bucket", "REPLACE-ME-terraform-state");
            d.attr("key", names.aws("terraform") + ".tfstate");
            d.attr("region", new Settings(view).region().orElse("us-east-1"));
            d.attr("encrypt", true);
            d.attr("use_lockfile", true);
            d.close();
            d.close();
        }
    }
}
