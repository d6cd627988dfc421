package dev.archkit.rules;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of the rule engine: on generated architectures large enough for the engine
 * (and the graphs) to split their work, a run with a parallel setting gives exactly the findings,
 * in the same order, and the suppressions of a serial run. The models have two environments,
 * suppressions and a mix of faults, so most rules find something and the merge of environments
 * and the suppression matching run on the parallel results too.
 */
class ParallelEngineProperties {

    /** Four workers even on a two-core machine, so the rules of a view really interleave. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "rules-worker");
        t.setDaemon(true);
        return t;
    });

    /** Tasks handed to the pool: none would mean the parallel path was never taken and the test proved nothing. */
    private static final AtomicInteger TASKS = new AtomicInteger();

    private static final Parallelism PARALLEL = Parallelism.on(task -> {
        TASKS.incrementAndGet();
        POOL.execute(task);
    }, 4);

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Property(tries = 6)
    void parallelRunEqualsSerialRun(@ForAll @IntRange(min = 900, max = 1100) int services, @ForAll long seed) {
        var built = ModelBuilder.buildText("big.arch", architecture(services, seed));
        assertThat(built.diagnostics()).as("the generated model is valid").isEmpty();
        Architecture a = built.architecture();
        assertThat(a.allElements().size()).as("large enough to cross the engine's threshold").isGreaterThanOrEqualTo(RuleEngine.PARALLEL_FROM);

        RuleEngine.Result serial = new RuleEngine(Catalog.RULES, Parallelism.serial()).run(a);
        int before = TASKS.get();
        RuleEngine.Result parallel = new RuleEngine(Catalog.RULES, PARALLEL).run(a);

        assertThat(TASKS.get() - before).as("helpers started on the pool").isPositive();
        Set<String> rulesFound = new TreeSet<>();
        for (Finding f : serial.findings()) rulesFound.add(f.ruleId());
        assertThat(rulesFound).as("rules with findings, so the comparison covers them").hasSizeGreaterThanOrEqualTo(15);
        assertThat(serial.suppressed()).isNotEmpty();
        assertThat(parallel.findings()).isEqualTo(serial.findings());
        assertThat(parallel.suppressed()).isEqualTo(serial.suppressed());
    }

    /**
     * A valid architecture of {@code services} services with their security groups, a database
     * for every fifth, a role for every seventh, one public load balancer routing to some of
     * them, calls between them (sync and async, with and without timeouts, retries and
     * breakers) and two environments. Each choice is random, so every rule family meets cases
     * it reports and cases it does not.
     */
    static String architecture(int services, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("architecture big {\n  region eu-west-1\n  zones eu-west-1a, eu-west-1b, eu-west-1c\n");
        sb.append("  required-tags team\n  budget 20000 USD per month\n");
        sb.append("  network n 10.0.0.0/16 {\n");
        for (int z = 0; z < 3; z++) {
            char zone = (char) ('a' + z);
            sb.append("    subnet pub-").append(zone).append(" zone eu-west-1").append(zone).append(" public 10.0.").append(z).append(".0/24\n");
            sb.append("    subnet app-").append(zone).append(" zone eu-west-1").append(zone).append(" private 10.0.").append(10 + z).append(".0/24\n");
        }
        sb.append("    nat nat-a subnet pub-a\n  }\n");
        sb.append("  securitygroup lb-sg {\n    ingress tcp 443 from 0.0.0.0/0\n  }\n");
        sb.append("  loadbalancer lb {\n    securitygroups lb-sg\n    subnets pub-a, pub-b\n    listener https 443\n");
        for (int i = 0; i < services; i += 10) sb.append("    route /s").append(i).append("/* -> s").append(i).append(" port 8080\n");
        sb.append("  }\n");
        for (int i = 0; i < services; i++) {
            sb.append("  securitygroup sg").append(i).append(" {\n");
            sb.append("    ingress tcp ").append(r.nextInt(4) == 0 ? "8000-8100" : "8080").append(" from sg").append(r.nextInt(services)).append('\n');
            if (i % 10 == 0) sb.append("    ingress tcp 8080 from lb-sg\n");
            if (r.nextInt(20) == 0) sb.append("    ingress tcp 22 from 0.0.0.0/0\n");
            if (r.nextInt(15) == 0) sb.append("    egress all to 0.0.0.0/0\n");
            sb.append("  }\n");
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n");
            int tag = r.nextInt(10);
            sb.append("    image \"repo/s").append(i).append(tag == 0 ? ":latest" : tag == 1 ? "" : ":1.0." + i).append("\"\n");
            sb.append("    cpu 256\n    memory 512\n    port 8080\n");
            int desired = 1 + r.nextInt(3);
            sb.append("    replicas ").append(desired);
            if (r.nextBoolean()) sb.append(" min ").append(Math.max(1, desired - 1)).append(" max ").append(desired + r.nextInt(4));
            sb.append('\n');
            if (r.nextBoolean()) sb.append("    scale cpu 70%\n");
            sb.append("    subnets app-a");
            if (r.nextInt(3) > 0) sb.append(", app-b");
            sb.append("\n    securitygroups sg").append(i).append('\n');
            if (r.nextInt(10) == 0) sb.append("    public-ip on\n");
            if (r.nextInt(10) == 0) sb.append("    env DB_PASSWORD \"hunter22\"\n");
            if (r.nextBoolean()) sb.append("    logs awslogs group \"/ecs/s").append(i).append("\"\n");
            if (r.nextBoolean()) sb.append("    deploy rolling circuit-breaker").append(r.nextBoolean() ? " rollback" : "").append('\n');
            if (r.nextInt(12) == 0) sb.append("    critical\n    capacity fargate-spot weight 1\n");
            if (r.nextBoolean()) sb.append("    tag team \"t").append(i % 7).append("\"\n");
            if (i % 10 == 0 && r.nextBoolean()) sb.append("    health /health\n");
            if (i % 7 == 0) sb.append("    role r").append(i).append('\n');
            if (r.nextInt(9) == 0) sb.append("    suppress availability/min-replicas \"a batch worker, one copy is enough\"\n");
            if (r.nextInt(40) == 0) sb.append("    suppress hygiene/no-logs \"ok\"\n");
            sb.append("  }\n");
            if (i % 5 == 0) {
                sb.append("  database d").append(i).append(" {\n    engine postgres\n    class db.t3.medium\n    storage 20 GB\n");
                if (r.nextBoolean()) sb.append("    multi-az\n");
                sb.append("    subnets app-").append(r.nextBoolean() ? "a" : "a, app-b").append("\n    securitygroups sg").append(i).append("\n  }\n");
            }
            if (i % 7 == 0) {
                sb.append("  role r").append(i).append(" {\n");
                sb.append("    allow ").append(r.nextBoolean() ? "s3:*" : "s3:GetObject").append(" on ")
                  .append(r.nextBoolean() ? "\"*\"" : "\"arn:aws:s3:::bucket-" + i + "/*\"").append('\n');
                if (r.nextInt(5) == 0) sb.append("    allow iam:PassRole on \"*\"\n");
                sb.append("  }\n");
            }
        }
        Set<String> declared = new HashSet<>();
        for (int k = 0; k < services * 2; k++) {
            int from = r.nextInt(services), to = r.nextInt(services);
            String callee = to % 5 == 0 && r.nextBoolean() ? "d" + to : "s" + to;
            if (from == to || !declared.add("s" + from + ">" + callee)) continue;
            boolean async = callee.startsWith("s") && r.nextInt(4) == 0;
            sb.append("  s").append(from).append(async ? " ~> " : " -> ").append(callee);
            if (async) {
                sb.append('\n');
                continue;
            }
            sb.append(" {\n");
            if (callee.startsWith("s")) sb.append("    port 8080\n");
            if (r.nextInt(3) > 0) sb.append("    timeout ").append(1 + r.nextInt(5)).append("s\n");
            int retries = r.nextInt(4);
            if (retries > 0) sb.append("    retries ").append(retries).append(r.nextBoolean() ? " backoff exponential" : "").append('\n');
            if (r.nextBoolean()) sb.append("    circuit-breaker\n");
            sb.append("  }\n");
        }
        sb.append("  environment dev {\n    service s0 { replicas 1 }\n  }\n");
        sb.append("  environment prod {\n    service s1 { replicas 3 min 3 max 6 }\n  }\n");
        return sb.append("}\n").toString();
    }

    /** The generator's output parses for small sizes too (a quick check while editing it). */
    @Property(tries = 5)
    void smallModelsAreValid(@ForAll @IntRange(min = 10, max = 40) int services, @ForAll long seed) {
        var built = ModelBuilder.buildText("small.arch", architecture(services, seed));
        assertThat(built.diagnostics()).isEmpty();
        assertThat(new RuleEngine(Catalog.RULES, PARALLEL).run(built.architecture()).findings())
                .isEqualTo(new RuleEngine(Catalog.RULES, Parallelism.serial()).run(built.architecture()).findings());
    }
}
