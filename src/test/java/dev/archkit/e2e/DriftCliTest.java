package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit drift' and 'archkit snapshot' end to end, offline, on the shipped example snapshot. */
class DriftCliTest {

    static final String SNAP = "examples/drift/open-market.live.json";

    @Test
    void theExampleShowsItsDriftsAndSaysItIsIncomplete() {
        CliTest.Run r = run("drift", "examples/open-market.arch", "--snapshot", SNAP);
        assertThat(r.code()).as("drift in an incomplete read: incomplete wins").isEqualTo(3);
        assertThat(r.out())
                .contains("examples/open-market.arch:179:5: changed: service 'order-service' desired count: model 4-20, live 25 (outside the autoscaling range)")
                .contains("examples/open-market.arch:384:11: missing: service 'review-service' is in the model but not live")
                .contains("examples/open-market/security.arch:19:15: changed: securitygroup 'doa-market-data-sg' ingress: model no such rule, live tcp 5432 from 0.0.0.0/0")
                .contains("unknown: role 'ecsTaskExecutionRole' could not be read: iam GetRole: AccessDenied")
                .contains("Incomplete: some of the account could not be read")
                .contains("examples/open-market.arch:51:9: not checked: alarm 'product-service-5xx-errors' (drift does not read CloudWatch)")
                .containsPattern("8 drifts between examples/open-market.arch and the snapshot " + SNAP.replace(".", "\\.") + "; 2 unknown; \\d+ not checked \\(incomplete\\)");
    }

    @Test
    void exitCodesSayCleanDriftedOrIncomplete(@TempDir Path dir) throws Exception {
        String tutorial = "examples/drift/tutorial-service.live.json";   // read in full, with drift
        CliTest.Run drifted = run("drift", "examples/tutorial-service.arch", "--snapshot", tutorial);
        assertThat(drifted.code()).as(drifted.out()).isEqualTo(1);
        assertThat(drifted.out()).doesNotContain("(incomplete)");
        Path ign = dir.resolve("all.driftignore");
        Files.writeString(ign, "*:*:* \"accepted for this test of the exit codes\"\n");
        CliTest.Run clean = run("drift", "examples/tutorial-service.arch", "--snapshot", tutorial, "--ignore", ign.toString());
        assertThat(clean.code()).as(clean.out()).isZero();
        // the same read, with one call that failed: unknown, and exit 3 whether or not there is drift
        String text = Files.readString(Path.of(tutorial)).replace("\"unreadable\" : [ ]",
                "\"unreadable\" : [ { \"service\" : \"ecs\", \"operation\" : \"DescribeServices\", \"reason\" : \"ThrottlingException: Rate exceeded\" } ]");
        Path partial = dir.resolve("partial.json");
        Files.writeString(partial, text);
        CliTest.Run incomplete = run("drift", "examples/tutorial-service.arch", "--snapshot", partial.toString());
        assertThat(incomplete.code()).as(incomplete.out()).isEqualTo(3);
        assertThat(incomplete.out()).contains("(incomplete)").contains("ecs DescribeServices: ThrottlingException: Rate exceeded");
        CliTest.Run ignoredButIncomplete = run("drift", "examples/tutorial-service.arch", "--snapshot", partial.toString(), "--ignore", ign.toString());
        assertThat(ignoredButIncomplete.code()).isEqualTo(3);
    }

    @Test
    void formats() throws Exception {
        CliTest.Run json = run("drift", "examples/open-market.arch", "--snapshot", SNAP, "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("drifts").asInt()).isEqualTo(8);
        assertThat(doc.get("incomplete").asBoolean()).isTrue();
        CliTest.Run md = run("drift", "examples/open-market.arch", "--snapshot", SNAP, "--format", "markdown");
        assertThat(md.out()).startsWith("### archkit drift: examples/open-market.arch and " + SNAP).contains("| missing |  | service `review-service` |");
        CliTest.Run sarif = run("drift", "examples/open-market.arch", "--snapshot", SNAP, "--format", "sarif");
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode s = new ObjectMapper().readTree(sarif.out());
        assertThat(schema.validate(s)).isEmpty();
        assertThat(s.at("/runs/0/results")).hasSize(10);
        assertThat(s.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("examples/open-market");
    }

    @Test
    void ignoresWithReasonsAndNoDriftExitsZero(@TempDir Path dir) throws Exception {
        Path ign = dir.resolve("accepted.driftignore");
        Files.writeString(ign, """
                # accepted while the incident review runs
                changed:service:order-service:desired* "scaled past max during the 11.11 sale; review on 12-01"
                *:*:* "everything else is tracked in PLAT-123 for this test"
                """);
        CliTest.Run r = run("drift", "examples/open-market.arch", "--snapshot", SNAP, "--ignore", ign.toString());
        assertThat(r.out()).contains("ignored: service 'order-service' desired count: model 4-20, live 25 (outside the autoscaling range) -- scaled past max during the 11.11 sale")
                .contains("no drift between");
        assertThat(r.code()).as("no drift, but still incomplete: IAM could not be read").isEqualTo(3);
        Files.writeString(ign, "changed:service:order-service\n");
        CliTest.Run bad = run("drift", "examples/open-market.arch", "--snapshot", SNAP, "--ignore", ign.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(ign + ":1:31: every ignore entry needs a reason");
    }

    @Test
    void mistakesAndThePolicy(@TempDir Path dir) throws Exception {
        CliTest.Run policy = run("drift", "--print-policy");
        assertThat(policy.code()).isZero();
        JsonNode p = new ObjectMapper().readTree(policy.out());
        for (JsonNode a : p.at("/Statement/0/Action")) assertThat(a.asText()).matches("[a-z0-9-]+:(Describe|List|Get)\\w+");
        CliTest.Run noSnap = run("drift", "examples/open-market.arch", "--snapshot", dir.resolve("none.json").toString());
        assertThat(noSnap.code()).isEqualTo(2);
        assertThat(noSnap.err()).contains("no such snapshot").contains("archkit snapshot --region R -o FILE");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": 1, \"region\": \"ap-northeast-2\", \"services\": [ {\"name\": 3,,");
        CliTest.Run bad = run("drift", "examples/open-market.arch", "--snapshot", broken.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(broken + ":1:").contains("not a valid snapshot");
        // well-formed JSON with a hole where a name must be: located, not a crash
        Files.writeString(broken, "{\"version\": 1, \"region\": \"ap-northeast-2\",\n \"services\": [ {\"cluster\": \"c\"} ] }");
        CliTest.Run hole = run("drift", "examples/open-market.arch", "--snapshot", broken.toString());
        assertThat(hole.code()).as(hole.err()).isEqualTo(2);
        assertThat(hole.err()).contains(broken + ":2:").contains("services[0]").contains("no service name");
        CliTest.Run none = run("drift");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("name the architecture to compare");
        CliTest.Run snapshot = run("snapshot");
        assertThat(snapshot.code()).isEqualTo(2);
        assertThat(snapshot.err()).contains("Missing required option: '--output=FILE'");
    }
}
