package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.Rule;
import dev.archkit.rules.Facts;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * least-privilege/unneeded-ingress: compares what a security group rule admits with what the
 * declared dependencies (and load balancer routes) between its members need.
 */
@RuleInfo(
        id = "least-privilege/unneeded-ingress",
        severity = Severity.WARNING,
        summary = "A security group rule admits traffic that no declared dependency needs",
        rationale = "archkit knows who calls whom. A rule that admits more peers or ports than the dependencies use is the path an attacker takes from one compromised task to the next; cdk-nag and Checkov cannot see this because they do not know the intended calls.",
        fix = "Narrow the rule to the ports the dependencies use, or declare the dependency that needs it.",
        falsePositives = {
                "Traffic that is needed but not a call between services is reported unless it is modeled as a dependency: health checks on a separate port, metrics scraping (Prometheus), a service mesh's sidecar ports, and cluster members talking to each other (a Redis cluster bus, a Hazelcast or Akka cluster)."
        })
public final class UnneededIngress implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Architecture a = ctx.arch();
        ArchGraph g = ctx.graph();
        for (Element sg : a.elementsOfKind("securitygroup")) {
            List<String> targets = g.membersOf(sg.name());
            if (targets.isEmpty()) continue;
            for (Property p : sg.all("ingress")) {
                if (!(p.field("from") instanceof Value.ListValue from)) continue;
                int lo = 0, hi = 65535;
                if (p.field("ports") instanceof Value.Ports pr) { lo = pr.from(); hi = pr.to(); }
                if ("icmp".equals(p.field("protocol").text())) continue;
                for (Value src : from.items()) {
                    if (src instanceof Value.Cidr) continue;   // open-ingress judges CIDR sources
                    String source = src.text().equals("self") ? sg.name() : src.text();
                    TreeSet<Integer> needed = new TreeSet<>();
                    List<ArchGraph.DepEdge> using = new ArrayList<>();
                    boolean unknownPort = false;
                    for (String t : targets) {
                        for (ArchGraph.DepEdge e : g.dependencies().containsVertex(t) ? g.dependencies().incomingEdgesOf(t) : java.util.Set.<ArchGraph.DepEdge>of()) {
                            if (!g.groupsOf(e.from()).contains(source)) continue;
                            List<Integer> ports = Facts.ports(a, e);
                            if (ports.isEmpty()) { unknownPort = true; using.add(e); continue; }
                            for (int port : ports) {
                                if (port >= lo && port <= hi) { needed.add(port); using.add(e); }
                            }
                        }
                    }
                    if (unknownPort) continue;   // a dependency on an unknown port may need any of them
                    int width = hi - lo + 1;
                    if (!needed.isEmpty() && needed.size() >= width) continue;   // every port is used
                    String rule = "ingress " + p.field("protocol").text() + (p.field("ports") != null ? " " + p.field("ports").text() : "") + " from " + src.text();
                    if (needed.isEmpty()) {
                        ctx.about(sg, p.location(), "'" + sg.name() + "': no declared dependency needs '" + rule + "'"
                                + " (no call from " + (source.equals(sg.name()) ? "its own members" : "members of '" + source + "'") + " to " + String.join(", ", targets) + ")").report();
                        continue;
                    }
                    var report = ctx.about(sg, p.location(), "'" + sg.name() + "': '" + rule + "' admits " + width + " ports, but the dependencies use only "
                            + Facts.ranges(needed));
                    using.stream().filter(e -> e.location() != null).limit(3)
                            .forEach(e -> report.related(e.location(), e.from() + " -> " + e.to() + " needs it"));
                    report.report();
                }
            }
        }
    }
}
