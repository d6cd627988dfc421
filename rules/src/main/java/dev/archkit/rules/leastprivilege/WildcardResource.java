package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Arns;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** least-privilege/wildcard-resource */
@RuleInfo(
        id = "least-privilege/wildcard-resource",
        severity = Severity.WARNING,
        securitySeverity = 5.3,
        summary = "An IAM statement applies actions that can be scoped to Resource \"*\"",
        rationale = "Resource \"*\" lets the code touch every bucket, table or secret in the account. Actions that IAM cannot scope (ecr:GetAuthorizationToken, xray:PutTraceSegments, ...) are exempt, unlike in Checkov, whose false positives here are known.",
        fix = "Name the resources in 'on', e.g. \"arn:aws:ecr:REGION:ACCOUNT:repository/NAME\" (each finding's fix gives an example in the architecture's own partition and region).",
        references = {"AwsSolutions-IAM5", "CKV_AWS_355", "CKV_AWS_356", "Checkov #988, #1815"},
        falsePositives = {
                "Actions that IAM cannot scope but that are not on the rule's list of exempt actions (it holds 18 common ones; many other List and Describe actions, e.g. ec2:DescribeInstances or cloudwatch:GetMetricData, take '*' only) are reported.",
                "A statement limited by a condition (aws:ResourceTag, aws:ResourceAccount) is reported: conditions are not read.",
                "iam:PassRole on '*' is least-privilege/passrole-wildcard's finding and is not reported again here; 'service:*' actions are least-privilege/wildcard-action's."
        })
public final class WildcardResource implements Rule {

    /** Actions IAM cannot scope to a resource: '*' is the only choice for them. */
    static final Set<String> UNSCOPABLE = Set.of(
            "ecr:GetAuthorizationToken", "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
            "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries", "cloudwatch:PutMetricData",
            "logs:DescribeLogGroups", "sts:GetCallerIdentity", "ssm:DescribeParameters", "ecs:ListClusters",
            "ec2:DescribeNetworkInterfaces", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
            "secretsmanager:ListSecrets", "s3:ListAllMyBuckets", "kms:ListKeys", "kms:ListAliases");

    /** The rule's fix with an example ARN in the architecture's own partition and region. */
    static String fix(RuleContext ctx, String action) {
        String region = new Settings(ctx.arch()).region().orElse("us-east-1");
        String service = action.contains(":") ? action.substring(0, action.indexOf(':')).toLowerCase(java.util.Locale.ROOT) : "s3";
        String partition = Arns.partition(region);
        String example = switch (service) {
            case "s3" -> "arn:" + partition + ":s3:::my-bucket/*";
            case "iam" -> "arn:" + partition + ":iam::123456789012:role/my-role";
            case "dynamodb" -> "arn:" + partition + ":dynamodb:" + region + ":123456789012:table/my-table";
            case "sqs" -> "arn:" + partition + ":sqs:" + region + ":123456789012:my-queue";
            case "secretsmanager" -> "arn:" + partition + ":secretsmanager:" + region + ":123456789012:secret:my-secret-*";
            case "ecr" -> "arn:" + partition + ":ecr:" + region + ":123456789012:repository/my-repository";
            default -> "arn:" + partition + ":" + service + ":" + region + ":123456789012:RESOURCE";
        };
        return "Name the resources in 'on', e.g. \"" + example + "\".";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Role role : Typed.roles(ctx.arch())) {
            for (Role.Statement st : role.statements()) {
                if (st.effect() != Role.Effect.ALLOW) continue;
                int star = st.resources().indexOf("*");
                if (star < 0) continue;
                List<String> scopable = new ArrayList<>();
                for (String a : st.actions()) {
                    if (!UNSCOPABLE.contains(a) && !a.equals("*") && !a.endsWith(":*") && !a.equalsIgnoreCase("iam:PassRole")) scopable.add(a);   // the more specific rules report those
                }
                if (scopable.isEmpty()) continue;
                ctx.about(role.element(), st.resourceAt(star), "role '" + role.name() + "' applies " + String.join(", ", scopable)
                        + ", which can be scoped, to every resource").fix(fix(ctx, scopable.get(0))).cause(String.join(",", scopable)).report();
            }
        }
    }
}
