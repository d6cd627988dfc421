import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a workspace for the language server benchmark: N services split over files of 20
 * (each service with its security group, three calls down a directed acyclic graph with
 * timeouts and breakers, a database per ten services), and a root file with the region, the
 * network and the cluster that imports them all. The model follows the rules, as bench/Generate.java's.
 * Usage: java bench/LspWorkspace.java N DIR
 */
public class LspWorkspace {
    static final int PER_FILE = 20;

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir.resolve("services"));
        int files = (n + PER_FILE - 1) / PER_FILE;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("platform.arch"))) {
            for (int f = 0; f < files; f++) w.write("import \"services/part-" + f + ".arch\"\n");
            w.write("\narchitecture platform-" + n + " {\n  region us-east-1\n  zones us-east-1a, us-east-1b, us-east-1c\n\n");
            w.write("  network main 10.0.0.0/8 {\n");
            for (String z : new String[] {"a", "b", "c"}) {
                w.write("    subnet app-" + z + " zone us-east-1" + z + " private 10." + (z.charAt(0) - 'a' + 1) + ".0.0/16\n");
            }
            // a way out in each zone, so the tasks can pull their images and ship their logs
            for (String z : new String[] {"a", "b", "c"}) {
                w.write("    subnet pub-" + z + " zone us-east-1" + z + " public 10.100." + (z.charAt(0) - 'a') + ".0/24\n");
                w.write("    nat nat-" + z + " subnet pub-" + z + " {\n      usage data 500 GB\n    }\n");
            }
            w.write("  }\n\n  cluster ecs-main {\n    capacity fargate weight 1\n  }\n}\n");
        }
        for (int f = 0; f < files; f++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("services/part-" + f + ".arch"))) {
                w.write("# services " + f * PER_FILE + " to " + Math.min(n, (f + 1) * PER_FILE) + "\n");
                for (int i = f * PER_FILE; i < Math.min(n, (f + 1) * PER_FILE); i++) service(w, i, n);
            }
        }
    }

    static void service(BufferedWriter w, int i, int n) throws IOException {
        w.write("securitygroup svc-" + i + "-sg {\n");
        for (int k = 1; k <= 3 && i - k >= 0; k++) w.write("  ingress tcp 8080 from svc-" + (i - k) + "-sg\n");
        w.write("  egress tcp 8080 to 10.0.0.0/8\n}\n");
        w.write("service svc-" + i + " {\n  cluster ecs-main\n  runtime fargate\n  image \"registry/svc-" + i + ":1.0." + (i % 7) + "\"\n");
        w.write("  cpu 512\n  memory 1024\n  port 8080\n  replicas 3 min 3 max 10\n  scale cpu 70%\n  logs awslogs\n  health /health\n");
        w.write("  subnets app-a, app-b, app-c\n  securitygroups svc-" + i + "-sg\n  deploy rolling circuit-breaker rollback\n}\n");
        for (int k = 1; k <= 3 && i + k < n; k++) w.write("svc-" + i + " -> svc-" + (i + k) + " { timeout 200ms circuit-breaker }\n");
        if (i % 10 == 0) {
            w.write("database db-" + i + " {\n  engine postgres\n  class db.t3.medium\n  multi-az\n}\n");
            w.write("svc-" + i + " -> db-" + i + " { port 5432 timeout 150ms }\n");
        }
    }
}
