package dev.archkit.rules.availability;

import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.Set;
import java.util.TreeSet;

/** availability/single-nat */
@RuleInfo(
        id = "availability/single-nat",
        severity = Severity.WARNING,
        summary = "One zone's NAT gateway serves private subnets in several zones",
        rationale = "When the NAT gateway's zone fails, private subnets in the other zones lose their way out too, and cross-zone traffic to it is billed.",
        fix = "Put a NAT gateway in a public subnet of each zone that has private subnets.",
        references = {"WA REL10-BP01", "VPC NAT gateway best practices"},
        falsePositives = {
                "Every private subnet with a zone counts, also those that never use the NAT gateway (data subnets, subnets whose tasks reach AWS through VPC endpoints only); the rule does not read routes.",
                "It applies in every environment, so a development environment that keeps one NAT gateway on purpose, to save its hourly charge, is reported."
        })
public final class SingleNat implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Network net : Typed.networks(ctx.arch())) {
            Set<String> privateZones = new TreeSet<>(), natZones = new TreeSet<>();
            for (Subnet s : net.subnets()) if (!s.isPublic() && s.zone() != null) privateZones.add(s.zone());
            java.util.List<Nat> nats = net.nats();
            for (Nat n : nats) {
                Subnet sub = Typed.element(ctx.arch(), n.subnet(), Kind.SUBNET, Subnet::new);
                if (sub != null && sub.zone() != null) natZones.add(sub.zone());
            }
            if (!nats.isEmpty() && natZones.size() == 1 && privateZones.size() > 1) {
                Nat first = nats.get(0);
                ctx.about(first.element(), first.location(), "NAT gateway '" + first.name() + "' in " + natZones.iterator().next()
                        + " is the only way out for private subnets in " + String.join(", ", privateZones)).report();
            }
        }
    }
}
