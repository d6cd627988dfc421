package dev.archkit.facts.graph;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.facts.graph.ArchGraph;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the graph views, on random architectures that the builder accepts. */
class GraphProperties {

    static String randomArchitecture(int services, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("architecture g {\n  region eu-west-1\n  zones eu-west-1a, eu-west-1b, eu-west-1c\n");
        sb.append("  network n 10.0.0.0/16 {\n");
        for (int z = 0; z < 3; z++) sb.append("    subnet s").append(z).append(" zone eu-west-1").append((char) ('a' + z)).append(" private 10.0.").append(z).append(".0/24\n");
        sb.append("  }\n");
        for (int i = 0; i < services; i++) {
            sb.append("  securitygroup sg").append(i).append(" {\n");
            int from = r.nextInt(services);
            sb.append("    ingress tcp ").append(8000 + r.nextInt(3)).append(" from sg").append(from).append('\n');
            if (r.nextInt(4) == 0) sb.append("    ingress all from self\n");
            sb.append("  }\n");
            sb.append("  service svc").append(i).append(" {\n    port 8000\n    subnets s").append(r.nextInt(3));
            if (r.nextBoolean()) sb.append(", s").append(r.nextInt(3) == 0 ? 0 : 2);
            sb.append("\n    securitygroups sg").append(i).append("\n  }\n");
        }
        for (int i = 0; i < services * 2; i++) {
            int a = r.nextInt(services), b = r.nextInt(services);
            if (a == b) continue;
            sb.append("  svc").append(a).append(r.nextInt(3) == 0 ? " ~> svc" : " -> svc").append(b).append('\n');
        }
        return sb.append("}\n").toString();
    }

    @Property(tries = 40)
    void graphViewsAgreeWithTheModel(@ForAll @IntRange(min = 2, max = 30) int services, @ForAll long seed) {
        var r = ModelBuilder.buildText("g.arch", randomArchitecture(services, seed));
        // duplicate dependencies are the only errors a random model may have
        assertThat(r.diagnostics()).allMatch(d -> d.code().equals("duplicate"));
        Architecture a = r.architecture();
        ArchGraph g = new ArchGraph(a);
        Set<String> names = new HashSet<>();
        for (Element e : a.allElements()) names.add(e.name());
        // every edge joins declared nodes, and the synchronous view is the dependency graph less async edges
        for (var e : g.dependencies().edgeSet()) {
            assertThat(names).contains(e.from(), e.to());
            assertThat(g.synchronous().containsEdge(e)).isEqualTo(!e.async());
        }
        // every element sits in the zones of its subnets, and only in zones of the architecture
        for (Element e : a.elementsOfKind("service")) {
            Set<String> expected = new HashSet<>();
            for (String s : e.refs("subnets")) expected.add(a.element(s).string("zone"));
            assertThat(g.zonesOf(e.name())).isEqualTo(expected);
        }
        // a flow exists exactly when a rule of the target's group admits the source's group
        for (var f : g.flows()) {
            assertThat(g.groupsOf(f.to())).contains(f.viaGroup());
            if (!f.from().startsWith(ArchGraph.CIDR_PREFIX)) {
                assertThat(g.mayReach(f.from(), f.to(), f.fromPort())).isTrue();
            }
        }
    }
}
