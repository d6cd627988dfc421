package dev.archkit.gen.terraform;

import dev.archkit.model.view.Task;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.archkit.gen.terraform.Hcl.interp;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.str;

/**
 * The secrets tasks read, by reference only: an ARN as written, an SSM parameter's ARN built from
 * the account, or a lookup of a Secrets Manager secret by name (which gives its ARN, never its
 * value). Records the lookups and whether the account id is needed, for the data sources written last.
 */
final class SecretRefs {

    /** Where a secret's ARN comes from. */
    sealed interface Arn permits Literal, Input, SsmParameter, Lookup {
        /** The ARN as a one-line expression. */
        Hcl.Expr expr();

        /** Whether it names an SSM parameter (read with ssm:GetParameters) rather than a Secrets Manager secret. */
        boolean ssm();
    }

    /** An ARN written in the model; one with {@code ${...}} in it is written as a template. */
    record Literal(String arn) implements Arn {
        public Hcl.Expr expr() { return arn.contains("${") ? interp(arn) : str(arn); }
        public boolean ssm() { return arn.contains(":ssm:"); }
    }

    /** An ARN the model writes, taken as an input variable (the model's value its default when it is a whole ARN). */
    record Input(Inputs.Variable variable, boolean ssm) implements Arn {
        public Hcl.Expr expr() { return variable.ref(); }
    }

    /** An SSM parameter by name (without its leading slash), its ARN built from the region and the account. */
    record SsmParameter(String name) implements Arn {
        public Hcl.Expr expr() { return interp("arn:aws:ssm:${var.region}:${data.aws_caller_identity.current.account_id}:parameter/" + name); }
        public boolean ssm() { return true; }
    }

    /** A Secrets Manager secret found by name through the data source with this label. */
    record Lookup(String label) implements Arn {
        public Hcl.Expr expr() { return raw("data.aws_secretsmanager_secret." + label + ".arn"); }
        public boolean ssm() { return false; }
    }

    private final SortedMap<String, String> lookups = new TreeMap<>();   // label -> secret name
    private final Inputs inputs;
    private boolean needsAccountId;

    SecretRefs(Inputs inputs) { this.inputs = inputs; }

    /** The ARN of a secret a service reads. */
    Arn arnOf(Task.Secret secret) {
        String ref = secret.ref();
        if (ref.startsWith("arn:")) {
            Inputs.ArnKind kind = Inputs.ArnKind.of(ref).orElse(null);
            if (ref.contains("${") || kind == null) return new Literal(ref);
            String resource = ref.substring(ref.indexOf(kind == Inputs.ArnKind.PARAMETER ? ":parameter/" : ":secret:") + 1);
            String what = kind == Inputs.ArnKind.PARAMETER ? "SSM parameter" : "Secrets Manager secret";
            return new Input(inputs.arn(resource.replace("secret:", "secret/") + "_arn",
                    "ARN of the " + what + " read as " + secret.name() + " (the model writes " + ref + ").", kind, ref), kind == Inputs.ArnKind.PARAMETER);
        }
        if (fromSsm(secret)) {
            needsAccountId = true;
            return new SsmParameter(ref.startsWith("/") ? ref.substring(1) : ref);
        }
        String label = Labels.label("secret-" + ref);
        lookups.put(label, ref);
        return new Lookup(label);
    }

    static boolean fromSsm(Task.Secret secret) { return secret.store() == Task.SecretStore.SSM; }

    boolean needsAccountId() { return needsAccountId; }

    /** Something other than a secret needs the account id (a trust policy's condition). */
    void needAccountId() { needsAccountId = true; }

    /** The Secrets Manager lookups: data source label to secret name, in label order. */
    Map<String, String> lookups() { return java.util.Collections.unmodifiableSortedMap(lookups); }
}
