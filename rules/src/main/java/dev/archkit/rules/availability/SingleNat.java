package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.Set;
import java.util.TreeSet;

/** availability/single-nat */
public final class SingleNat extends AbstractRule {
    public SingleNat() {
        super("availability/single-nat", Severity.WARNING, "One zone's NAT gateway serves private subnets in several zones",
                "When the NAT gateway's zone fails, private subnets in the other zones lose their way out too, and cross-zone traffic to it is billed.",
                "Put a NAT gateway in a public subnet of each zone that has private subnets.",
                "WA REL10-BP01", "VPC NAT gateway best practices");
    }

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
