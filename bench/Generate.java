import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic architecture for the scaling benchmark: N services, 3 dependencies each
 * (to the next services, with timeouts and circuit breakers), one security group per service admitting
 * its callers, subnets over 3 zones, a database per 10 services. The model follows the rules
 * (timeouts, backoff, breakers, logs, health checks), so the benchmark measures the checks rather
 * than the printing of findings; the calls form a directed acyclic graph.
 * Usage: java bench/Generate.java N OUT.arch
 *
 * With --domains the services form domains of ten, as real platforms do (the diagram benchmark):
 * each domain tagged 'domain', one entry service per domain behind a load balancer route, calls
 * within a domain going at most three deep, and each entry calling the next domain's entry.
 * Usage: java bench/Generate.java N OUT.arch --domains
 */
public class Generate {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        if (args.length > 2 && args[2].equals("--domains")) {
            domains(n, out);
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("architecture synthetic-" + n + " {\n  region us-east-1\n  zones us-east-1a, us-east-1b, us-east-1c\n\n");
            w.write("  network main 10.0.0.0/8 {\n");
            String[] zones = {"a", "b", "c"};
            for (int z = 0; z < 3; z++) {
                w.write("    subnet app-" + zones[z] + " zone us-east-1" + zones[z] + " private 10." + (z + 1) + ".0.0/16\n");
            }
            // a way out in each zone, so the tasks can pull their images and ship their logs
            for (int z = 0; z < 3; z++) {
                w.write("    subnet pub-" + zones[z] + " zone us-east-1" + zones[z] + " public 10.100." + z + ".0/24\n");
                w.write("    nat nat-" + zones[z] + " subnet pub-" + zones[z] + " {\n      usage data 500 GB\n    }\n");
            }
            w.write("  }\n\n  cluster ecs-main {\n    capacity fargate weight 1\n  }\n\n");
            for (int i = 0; i < n; i++) {
                w.write("  securitygroup svc-" + i + "-sg {\n");
                for (int k = 1; k <= 3 && i - k >= 0; k++) {
                    w.write("    ingress tcp 8080 from svc-" + (i - k) + "-sg\n");
                }
                w.write("    egress tcp 8080 to 10.0.0.0/8\n  }\n");
                w.write("  service svc-" + i + " {\n    cluster ecs-main\n    runtime fargate\n    image \"registry/svc-" + i + ":1.0." + (i % 7) + "\"\n");
                w.write("    cpu 512\n    memory 1024\n    port 8080\n    replicas 3 min 3 max 10\n    scale cpu 70%\n    logs awslogs\n    health /health\n");
                w.write("    subnets app-a, app-b, app-c\n    securitygroups svc-" + i + "-sg\n    deploy rolling circuit-breaker rollback\n  }\n");
                for (int k = 1; k <= 3; k++) {
                    // calls go down a directed acyclic graph: the last services call nothing
                    int callee = i + k < n ? i + k : -1;
                    if (callee < 0) continue;
                    w.write("  svc-" + i + " -> svc-" + callee + " { timeout 200ms circuit-breaker }\n");
                }
                if (i % 10 == 0) {
                    w.write("  database db-" + i + " { engine postgres\n    class db.t3.medium\n    multi-az }\n");
                    w.write("  svc-" + i + " -> db-" + i + " { port 5432 timeout 150ms }\n");
                }
            }
            w.write("}\n");
        }
    }

    static void domains(int n, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("architecture domains-" + n + " {\n  region us-east-1\n  zones us-east-1a, us-east-1b\n\n");
            w.write("  network main 10.0.0.0/16 {\n    subnet pub-a zone us-east-1a public 10.0.0.0/24\n    subnet pub-b zone us-east-1b public 10.0.1.0/24\n");
            w.write("    subnet app-a zone us-east-1a private 10.0.10.0/24\n    subnet app-b zone us-east-1b private 10.0.11.0/24\n  }\n");
            w.write("  cluster platform { capacity fargate }\n");
            w.write("  loadbalancer edge {\n    type application\n    subnets pub-a, pub-b\n    listener https 443\n");
            for (int i = 0; i < n; i += 10) w.write("    route /d" + i / 10 + "/* -> svc-" + i + " port 8080\n");
            w.write("  }\n");
            for (int i = 0; i < n; i++) {
                int d = i / 10, k = i % 10;
                w.write("  service svc-" + i + " {\n    cluster platform\n    runtime fargate\n    image \"registry/svc-" + i + ":1.0.0\"\n");
                w.write("    cpu 512\n    memory 1024\n    port 8080\n    replicas 2 min 2 max 6\n    subnets app-a, app-b\n    tag domain \"d" + d + "\"\n  }\n");
                // a small tree per domain: 0 calls 1-3, 1 calls 4-5, 2 calls 6-7, 3 calls 8-9
                int[][] calls = {{1, 2, 3}, {4, 5}, {6, 7}, {8, 9}};
                if (k < calls.length) for (int c : calls[k]) if (i - k + c < n) w.write("  svc-" + i + " -> svc-" + (i - k + c) + " { timeout 500ms circuit-breaker }\n");
                if (k == 0 && i + 10 < n) w.write("  svc-" + i + " -> svc-" + (i + 10) + " { timeout 800ms circuit-breaker }\n");
                if (k == 0) {
                    w.write("  database db-" + d + " { engine postgres class db.t3.medium tag domain \"d" + d + "\" }\n");
                    w.write("  svc-" + i + " -> db-" + d + " { timeout 300ms }\n");
                }
            }
            w.write("}\n");
        }
    }
}
