package dev.archkit.gen.terraform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.archkit.gen.terraform.Hcl.raw;

/**
 * The account-specific values of a generated module (certificate and secret ARNs, the access log
 * bucket), taken as input
 * variables rather than written in place: each with a description, a validation block that rejects
 * a malformed ARN at plan time, and the model's value as default only when that value is a whole
 * ARN (a partition, a region and a 12-digit account). A placeholder such as {@code account} in
 * the model gives a variable without a default, which {@code terraform plan} asks for.
 */
final class Inputs {

    /** What an input is: the ARN of one AWS service's resource. */
    enum ArnKind {
        CERTIFICATE("acm", "certificate/"),
        SECRET("secretsmanager", "secret:"),
        PARAMETER("ssm", "parameter/"),
        /** Not an ARN: an S3 bucket name. */
        BUCKET("s3", "");

        private final String service;
        private final String resourcePrefix;

        ArnKind(String service, String resourcePrefix) {
            this.service = service;
            this.resourcePrefix = resourcePrefix;
        }

        /** The regular expression (RE2, as Terraform's regex()) a well-formed ARN of this kind matches. */
        String regex() {
            if (this == BUCKET) return "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$";
            return "^arn:aws(-cn|-us-gov)?:" + service + ":[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:" + resourcePrefix + ".+$";
        }

        /** How such an ARN looks, for error messages. */
        String example() {
            if (this == BUCKET) return "my-log-bucket";
            return "arn:aws:" + service + ":REGION:123456789012:" + resourcePrefix + "NAME";
        }

        boolean matches(String arn) { return Pattern.compile(regex()).matcher(arn).matches(); }

        static Optional<ArnKind> of(String arn) {
            for (ArnKind k : values()) if (k != BUCKET && arn.startsWith("arn:") && arn.contains(":" + k.service + ":")) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** An input variable: its name, what it is for, the model's value (null: none usable) and the check of its form. */
    record Variable(String name, String description, ArnKind kind, String modelValue, String defaultValue) {
        Hcl.Expr ref() { return raw("var." + name); }
    }

    private final Map<String, Variable> byName = new LinkedHashMap<>();

    /** The variable for an ARN the model writes; one per name (the same ARN twice is one variable). */
    Variable arn(String name, String description, ArnKind kind, String modelValue) {
        String n = Labels.label(name).replace('-', '_').toLowerCase(java.util.Locale.ROOT);
        return byName.computeIfAbsent(n, k -> new Variable(k, description, kind, modelValue, kind.matches(modelValue) ? modelValue : null));
    }

    /** The S3 bucket load balancer access logs go to: the account's log bucket, named by the user. */
    Variable bucket() {
        return byName.computeIfAbsent("access_logs_bucket", k -> new Variable(k, "Name of the S3 bucket the load balancers write their access logs to "
                + "(its policy must let Elastic Load Balancing write).", ArnKind.BUCKET, "", null));
    }

    List<Variable> variables() { return Collections.unmodifiableList(new ArrayList<>(byName.values())); }

    /** Those the model gives no usable value for: they must be set (terraform.tfvars). */
    List<Variable> required() { return byName.values().stream().filter(v -> v.defaultValue() == null).toList(); }
}
