package dev.archkit.rules.availability;

import dev.archkit.facts.AwsAccess;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * availability/task-cannot-start: tasks in subnets with no route out (no internet gateway, no
 * NAT) that need an AWS service no VPC endpoint of their network serves.
 */
@RuleInfo(
        id = "availability/task-cannot-start",
        severity = Severity.ERROR,
        summary = "Tasks without a way out of their subnets need AWS services that no VPC endpoint serves",
        rationale = "A task in a private subnet without a NAT gateway reaches AWS only through VPC endpoints. Without ecr.api, ecr.dkr and the S3 gateway endpoint it cannot pull its image from ECR; without logs the awslogs driver cannot create its stream; without secretsmanager or ssm it cannot read its secrets. ECS stops such a task before it starts (CannotPullContainerError, ResourceInitializationError), and the service never becomes healthy. A NAT gateway or an internet gateway is no way out when the network ACLs drop HTTPS or its answers on the way, and an endpoint serves nothing when they drop the traffic to it.",
        fix = "Add the missing endpoints (with private DNS on) to the network (interface endpoints in the tasks' subnets, with a group that admits 443 from the tasks; the S3 endpoint as a gateway), or route the subnets through a NAT gateway; Fargate tasks in a public subnet need 'public-ip on' to use its internet gateway.",
        falsePositives = {
                "Network ACLs count where they certainly drop the traffic: a subnet (or its NAT gateway's subnet) whose rules drop HTTPS to every address of the internet, or the answers on every ephemeral port, has no way out; NACLs that let part of the internet or part of the ephemeral range through are taken to let the traffic through, since which addresses AWS answers from is not in the model. Between the tasks and an interface endpoint, the NACLs are judged both ways on 443 as for any call.",
                "An interface endpoint counts when its private DNS is on and its groups admit the tasks on 443 (by group, or by a range holding their subnets); that it has a network interface in each of the tasks' zones is not checked.",
                "Tasks in a public subnet without a public IP cannot reach the internet either: Fargate tasks are judged so; tasks on EC2 or EKS hosts are not, since the hosts' network mode and addresses decide and the model does not state them."
        })
public final class TaskCannotStart implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts sf : ctx.facts().services()) {
            AwsAccess.Access access = ctx.facts().awsAccess(sf.service());
            if (access.ok()) continue;
            List<String> what = new ArrayList<>();
            for (AwsAccess.Gap g : access.gaps()) what.add(g.text());
            var s = sf.service();
            var report = ctx.about(s.element(), s.location(), "service '" + s.name() + "' cannot start its tasks in "
                    + access.where() + ": it cannot " + String.join("; cannot ", what));
            for (AwsAccess.Gap g : access.gaps()) if (g.at().isKnown()) report.related(g.at(), "needed to " + g.purpose());
            report.report();
        }
    }
}
