package dev.archkit.rules.availability;

import dev.archkit.model.Element;
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
        for (Element net : ctx.arch().elementsOfKind("network")) {
            Set<String> privateZones = new TreeSet<>(), natZones = new TreeSet<>();
            Element firstNat = null;
            for (Element c : net.children()) {
                if (c.kind().equals("subnet") && !"public".equals(c.string("tier")) && c.string("zone") != null) privateZones.add(c.string("zone"));
                if (c.kind().equals("nat")) {
                    if (firstNat == null) firstNat = c;
                    Element sub = ctx.arch().element(c.string("subnet"));
                    if (sub != null && sub.string("zone") != null) natZones.add(sub.string("zone"));
                }
            }
            if (firstNat != null && natZones.size() == 1 && privateZones.size() > 1) {
                ctx.about(firstNat, firstNat.location(), "NAT gateway '" + firstNat.name() + "' in " + natZones.iterator().next()
                        + " is the only way out for private subnets in " + String.join(", ", privateZones)).report();
            }
        }
    }
}
