package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Role;
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
        summary = "An IAM statement applies actions that can be scoped to Resource \"*\"",
        rationale = "Resource \"*\" lets the code touch every bucket, table or secret in the account. Actions that IAM cannot scope (ecr:GetAuthorizationToken, xray:PutTraceSegments, ...) are exempt, unlike in Checkov, whose false positives here are known.",
        fix = "Name the resources in 'on', e.g. \"arn:aws:ecr:ap-northeast-2:123456789012:repository/product-service\".",
        references = {"AwsSolutions-IAM5", "CKV_AWS_355", "CKV_AWS_356", "Checkov #988, #1815"},
        falsePositives = {
                "Actions that IAM cannot scope but that are not on the rule's list of exempt actions (it holds 18 common ones; many other List and Describe actions, e.g. ec2:DescribeInstances or cloudwatch:GetMetricData, take '*' only) are reported.",
                "A statement limited by a condition (aws:ResourceTag, aws:ResourceAccount) is reported: conditions are not read."
        })
public final class WildcardResource implements Rule {

    /** Actions IAM cannot scope to a resource: '*' is the only choice for them. */
    static final Set<String> UNSCOPABLE = Set.of(
            "ecr:GetAuthorizationToken", "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
            "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries", "cloudwatch:PutMetricData",
            "logs:DescribeLogGroups", "sts:GetCallerIdentity", "ssm:DescribeParameters", "ecs:ListClusters",
            "ec2:DescribeNetworkInterfaces", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
            "secretsmanager:ListSecrets", "s3:ListAllMyBuckets", "kms:ListKeys", "kms:ListAliases");

    @Override
    public void check(RuleContext ctx) {
        for (Role role : Typed.roles(ctx.arch())) {
            for (Role.Statement st : role.statements()) {
                if (st.effect() != Role.Effect.ALLOW) continue;
                int star = st.resources().indexOf("*");
                if (star < 0) continue;
                List<String> scopable = new ArrayList<>();
                for (String a : st.actions()) {
                    if (!UNSCOPABLE.contains(a) && !a.equals("*") && !a.endsWith(":*")) scopable.add(a);
                }
                if (scopable.isEmpty()) continue;
                ctx.about(role.element(), st.resourceAt(star), "role '" + role.name() + "' applies " + String.join(", ", scopable)
                        + ", which can be scoped, to every resource").report();
            }
        }
    }
}
