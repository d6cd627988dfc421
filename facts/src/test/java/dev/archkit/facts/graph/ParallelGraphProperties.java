package dev.archkit.facts.graph;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of the graph construction: graphs built with a parallel setting equal the
 * serial ones (vertices, edges with all their attributes, in the same order; members, groups,
 * zones, flows and each dependency's edge) on generated models large enough for the builder to
 * split its work. The executor counts what it is handed, so the test fails if the parallel path
 * is never taken (a model below the threshold, wherever the threshold is).
 */
class ParallelGraphProperties {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "graph-worker");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger TASKS = new AtomicInteger();
    /**
     * Each task starts late, so the graph built by a worker is finished well after the calling
     * thread's part: a constructor that returned without waiting for its worker would hand out
     * half-built graphs, and the comparison below would see them.
     */
    private static final Parallelism PARALLEL = Parallelism.on(task -> {
        TASKS.incrementAndGet();
        POOL.execute(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        });
    }, 2);

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Property(tries = 8)
    void parallelGraphsEqualSerialGraphs(@ForAll @IntRange(min = 1000, max = 1200) int services, @ForAll long seed) {
        var built = ModelBuilder.buildText("g.arch", architecture(services, seed));
        assertThat(built.diagnostics()).as("the generated model is valid").isEmpty();
        Architecture a = built.architecture();

        ArchGraph serial = new ArchGraph(a, Parallelism.serial());
        int before = TASKS.get();
        ArchGraph parallel = new ArchGraph(a, PARALLEL);
        assertThat(TASKS.get() - before).as("work handed to the pool: the model must be large enough to split").isPositive();

        assertThat(depEdges(parallel.dependencies())).isEqualTo(depEdges(serial.dependencies())).isNotEmpty();
        assertThat(parallel.dependencies().vertexSet()).containsExactlyElementsOf(serial.dependencies().vertexSet());
        assertThat(depEdges(parallel.synchronous())).isEqualTo(depEdges(serial.synchronous()));
        assertThat(ruleEdges(parallel)).isEqualTo(ruleEdges(serial)).isNotEmpty();
        assertThat(parallel.securityGroups().vertexSet()).containsExactlyElementsOf(serial.securityGroups().vertexSet());
        assertThat(placement(parallel)).isEqualTo(placement(serial)).isNotEmpty();
        assertThat(parallel.placement().vertexSet()).containsExactlyElementsOf(serial.placement().vertexSet());
        for (Element e : a.allElements()) {
            assertThat(parallel.membersOf(e.name())).as("members of %s", e.name()).isEqualTo(serial.membersOf(e.name()));
            assertThat(parallel.groupsOf(e.name())).as("groups of %s", e.name()).isEqualTo(serial.groupsOf(e.name()));
            assertThat(parallel.zonesOf(e.name())).as("zones of %s", e.name()).isEqualTo(serial.zonesOf(e.name()));
        }
        for (Dependency d : a.dependencies()) {
            assertThat(describe(parallel.edgeOf(d))).as("edge of %s", d.id()).isEqualTo(describe(serial.edgeOf(d)));
        }
        assertThat(parallel.flows()).isEqualTo(serial.flows());
    }

    record DepEdgeView(String from, String to, boolean async, Dependency dependency, Location location, String origin) { }

    record RuleEdgeView(String source, String group, String protocol, int fromPort, int toPort, Location location) { }

    record PlacementEdge(String from, String to) { }

    static DepEdgeView describe(ArchGraph.DepEdge e) {
        return e == null ? null : new DepEdgeView(e.from(), e.to(), e.async(), e.dependency(), e.location(), e.origin());
    }

    static List<DepEdgeView> depEdges(Graph<String, ArchGraph.DepEdge> g) {
        List<DepEdgeView> out = new ArrayList<>();
        for (ArchGraph.DepEdge e : g.edgeSet()) out.add(describe(e));
        return out;
    }

    static List<RuleEdgeView> ruleEdges(ArchGraph g) {
        List<RuleEdgeView> out = new ArrayList<>();
        for (ArchGraph.RuleEdge e : g.securityGroups().edgeSet()) {
            out.add(new RuleEdgeView(e.source(), e.group(), e.protocol(), e.fromPort(), e.toPort(), e.location()));
        }
        return out;
    }

    static List<PlacementEdge> placement(ArchGraph g) {
        List<PlacementEdge> out = new ArrayList<>();
        for (DefaultEdge e : g.placement().edgeSet()) out.add(new PlacementEdge(g.placement().getEdgeSource(e), g.placement().getEdgeTarget(e)));
        return out;
    }

    /**
     * Services with security groups (rules from groups, CIDRs and 'self'), databases placed by
     * subnets or by zone, NAT gateways, a load balancer with routes and a forwarding listener,
     * an API gateway, and sync and async calls: every kind of vertex and edge the graphs have.
     */
    static String architecture(int services, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("architecture g {\n  region eu-west-1\n  zones eu-west-1a, eu-west-1b, eu-west-1c\n");
        sb.append("  network n 10.0.0.0/16 {\n");
        for (int z = 0; z < 3; z++) {
            char zone = (char) ('a' + z);
            sb.append("    subnet pub-").append(zone).append(" zone eu-west-1").append(zone).append(" public 10.0.").append(z).append(".0/24\n");
            sb.append("    subnet app-").append(zone).append(" zone eu-west-1").append(zone).append(" private 10.0.").append(10 + z).append(".0/24\n");
            sb.append("    nat nat-").append(zone).append(" subnet pub-").append(zone).append('\n');
        }
        sb.append("  }\n");
        sb.append("  securitygroup lb-sg {\n    ingress tcp 443 from 0.0.0.0/0\n  }\n");
        sb.append("  loadbalancer lb {\n    securitygroups lb-sg\n    subnets pub-a, pub-b\n    listener tcp 9000 forward s1\n");
        for (int i = 0; i < services; i += 9) sb.append("    route /s").append(i).append("/* -> s").append(i).append(" port 8080\n");
        sb.append("  }\n");
        sb.append("  apigateway api {\n");
        for (int i = 3; i < services; i += 11) sb.append("    route GET /s").append(i).append(" -> s").append(i).append('\n');
        sb.append("  }\n");
        for (int i = 0; i < services; i++) {
            sb.append("  securitygroup sg").append(i).append(" {\n");
            sb.append("    ingress tcp ").append(8000 + r.nextInt(3)).append(" from sg").append(r.nextInt(services)).append('\n');
            if (r.nextInt(6) == 0) sb.append("    ingress tcp 8080-8090 from lb-sg\n");
            if (r.nextInt(8) == 0) sb.append("    ingress udp 53 from 10.0.0.0/16\n");
            if (r.nextInt(25) == 0) sb.append("    ingress all from self\n");
            sb.append("  }\n");
            sb.append("  service s").append(i).append(" {\n    port 8080\n    subnets app-").append((char) ('a' + r.nextInt(3)));
            if (r.nextBoolean()) sb.append(", app-").append(r.nextBoolean() ? 'b' : 'c');
            sb.append("\n    securitygroups sg").append(i);
            if (r.nextInt(5) == 0) sb.append(", sg").append(r.nextInt(services));
            sb.append("\n  }\n");
            if (i % 4 == 0) {
                sb.append("  database d").append(i).append(" {\n    engine postgres\n");
                if (r.nextBoolean()) sb.append("    subnets app-a, app-b\n");
                else sb.append("    zone eu-west-1").append((char) ('a' + r.nextInt(3))).append('\n');
                sb.append("    securitygroups sg").append(i).append("\n  }\n");
            }
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (int k = 0; k < services * 2; k++) {
            int from = r.nextInt(services), to = r.nextInt(services);
            String callee = to % 4 == 0 && r.nextInt(3) == 0 ? "d" + to : "s" + to;
            if (from == to || !declared.add("s" + from + ">" + callee)) continue;
            sb.append("  s").append(from).append(callee.startsWith("s") && r.nextInt(3) == 0 ? " ~> " : " -> ").append(callee).append('\n');
        }
        return sb.append("}\n").toString();
    }
}
