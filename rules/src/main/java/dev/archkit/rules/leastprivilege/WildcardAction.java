package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Role;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/wildcard-action */
@RuleInfo(
        id = "least-privilege/wildcard-action",
        severity = Severity.ERROR,
        securitySeverity = 8.0,
        summary = "An IAM statement allows every action, or every action of a service",
        rationale = "'*' or 's3:*' grants actions nobody reviewed, including destructive and privilege-escalating ones that appear in the service later.",
        fix = "List the actions the code calls, e.g. s3:GetObject, s3:PutObject.",
        references = {"AwsSolutions-IAM5", "CKV_AWS_63", "AWS-0057", "WA SEC03-BP02"},
        falsePositives = {
                "A statement limited by a condition (aws:ResourceTag, aws:SourceVpce) is reported: conditions are not read.",
                "A role whose purpose is broad access (a deployment role of the CI, a break-glass administrator) is reported; suppress it with that reason."
        })
public final class WildcardAction implements Rule {

    /** What the wildcard grants, in words: every action of the service, on every resource when Resource is '*'. */
    static String grants(String action, boolean everyResource) {
        if (action.equals("*")) return everyResource ? ": every action on every resource, as an administrator" : ": every action of every service on the resources listed";
        String service = action.substring(0, action.indexOf(':'));
        String what = switch (service.toLowerCase(java.util.Locale.ROOT)) {
            case "s3" -> "bucket";
            case "dynamodb" -> "table";
            case "sqs" -> "queue";
            case "sns" -> "topic";
            case "secretsmanager" -> "secret";
            case "ssm" -> "parameter";
            case "kms" -> "key";
            case "iam" -> "role, user and policy";
            case "ecr" -> "repository";
            case "logs" -> "log group";
            case "lambda" -> "function";
            case "rds" -> "database";
            case "ec2" -> "instance, volume and security group";
            default -> "resource of " + service;
        };
        return ": every " + service + " action" + (everyResource ? " on every " + what + " in the account" : " on the resources listed")
                + ", deletes" + (service.equalsIgnoreCase("iam") || service.equalsIgnoreCase("kms") || service.equalsIgnoreCase("s3") ? " and policy changes" : "") + " included";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Role role : Typed.roles(ctx.arch())) {
            for (Role.Statement st : role.statements()) {
                if (st.effect() != Role.Effect.ALLOW) continue;
                for (int i = 0; i < st.actions().size(); i++) {
                    String s = st.actions().get(i);
                    if (s.equals("*") || s.endsWith(":*")) {
                        ctx.about(role.element(), st.actionAt(i), "role '" + role.name() + "' allows '" + s + "'" + grants(s, st.resources().contains("*"))).cause(s).report();
                    }
                }
            }
        }
    }
}
