package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit review' on the exam-style questions of examples/: the right winner, and each wrong option failing for the right reasons. */
class ReviewCliTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/review");
    static final boolean UPDATE = Boolean.getBoolean("archkit.updateGolden");

    /** Each question: its directory, the correct candidate, and the musts each wrong one must fail (it may fail more). */
    record Question(String dir, String winner, Map<String, List<String>> mustFail) { }

    static final List<Question> QUESTIONS = List.of(
            new Question("examples/saa-container-question", "option-b-ecs-fargate", Map.of(
                    "option-a-swarm", List.of("ops-managed", "path-routing"),
                    "option-c-eks-classic", List.of("team-skills", "path-routing"),
                    "option-d-beanstalk", List.of("own-scaling", "own-deploys"))),
            new Question("examples/reviews/stateful-zone-loss", "multi-az", Map.of(
                    "read-replica", List.of("no-data-loss", "hands-off"),
                    "one-zone-tasks", List.of("zone-loss"))),
            new Question("examples/reviews/small-team-deploys", "fargate-rollback", Map.of(
                    "fargate-plain", List.of("rollback"),
                    "ecs-on-ec2", List.of("serverless"),
                    "eks-managed", List.of("team-skills", "serverless"))),
            new Question("examples/reviews/secure-tiers", "locked-down", Map.of(
                    "public-db", List.of("private-db"),
                    "wildcard-role", List.of("least-privilege"),
                    "plaintext-password", List.of("secrets"))),
            new Question("examples/reviews/private-image-pulls", "endpoints", Map.of(
                    "nat-gateway", List.of("no-internet"),
                    "interface-only", List.of("no-internet"),
                    "public-subnets", List.of("no-internet", "isolated"))),
            new Question("examples/reviews/sync-chain-deadline", "tight-timeouts", Map.of(
                    "retries-everywhere", List.of("in-time"),
                    "queued-payment", List.of("paid-in-answer"))),
            new Question("examples/reviews/only-lb-exposed", "alb-only", Map.of(
                    "public-tasks", List.of("one-entry"),
                    "admin-lb", List.of("one-entry"),
                    "public-database", List.of("one-entry", "private-db"))),
            new Question("examples/reviews/canary-and-backups", "canary-pitr", Map.of(
                    "all-at-once", List.of("small-steps"),
                    "retrying-partner", List.of("in-time"),
                    "nightly-snapshots", List.of("other-zone"))));

    static JsonNode json(String dir) throws Exception {
        CliTest.Run r = run("review", dir, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> failedMusts(JsonNode candidate) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : candidate.get("verdicts")) {
            if (v.get("priority").asText().equals("must") && v.get("verdict").asText().equals("fail")) out.add(v.get("requirement").asText());
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> theCorrectCandidateRanksStrictlyFirstAndEveryOtherFailsTheRightMusts() {
        return QUESTIONS.stream().map(q -> DynamicTest.dynamicTest(q.dir(), () -> {
            JsonNode root = json(q.dir());
            assertThat(root.get("winner").asText()).isEqualTo(q.winner());
            JsonNode cands = root.get("candidates");
            assertThat(cands.get(0).get("name").asText()).isEqualTo(q.winner());
            assertThat(cands.get(0).get("rank").asInt()).isEqualTo(1);
            assertThat(failedMusts(cands.get(0))).isEmpty();
            assertThat(cands).hasSize(q.mustFail().size() + 1);
            for (int i = 1; i < cands.size(); i++) {
                JsonNode c = cands.get(i);
                assertThat(c.get("rank").asInt()).as(c.get("name").asText()).isGreaterThan(1);
                assertThat(c.get("eliminated").asBoolean()).isTrue();
                assertThat(failedMusts(c)).as(c.get("name").asText()).containsAll(q.mustFail().get(c.get("name").asText()));
            }
        }));
    }

    @Test
    void theSeedsWrongOptionsFailWithTheAnswersReasonsAndEvidence() throws Exception {
        String text = run("review", "examples/saa-container-question").out();
        assertThat(text)
                .contains("fails must ops-managed managed-orchestrator: monolith-services runs on Docker Swarm, a control plane the team runs itself")
                .contains("elb: type classic in front of monolith-services (examples/saa-container-question/option-a-swarm.arch:30)")
                .contains("fails must team-skills no-kubernetes: EKS cluster fintech-eks needs Kubernetes skills to run and upgrade")
                .contains("classic-lb: type classic in front of user-service, payment-service (examples/saa-container-question/option-c-eks-classic.arch:36)")
                .contains("fails must own-scaling independent-scaling: fintech-app scales only with its Beanstalk environment's instances")
                .contains("fails must own-deploys independent-deployment: fintech-app ships as one application version")
                .contains("winner: option-b-ecs-fargate");
    }

    /** The network and latency questions: each wrong option fails for the reason the answer gives, with its evidence. */
    @Test
    void theNetworkAndLatencyQuestionsGiveTheAnswersReasons() {
        assertThat(run("review", "examples/reviews/private-image-pulls").out())
                .contains("fails must no-internet aws-access-without internet: ingest cannot pull its image from ECR from app-a, app-b (no route out): missing endpoint s3")
                .contains("fails must no-internet aws-access-without internet: ingest would pull its image from ECR through NAT gateway nat-a, nat-b (missing endpoints ecr.api, ecr.dkr, s3)")
                .contains("ingest: subnet app-a routes through nat-a (examples/reviews/private-image-pulls/nat-gateway.arch:9)")
                .contains("fails must no-internet aws-access-without internet: ingest would pull its image from ECR over the internet, by public IP from public-a, public-b")
                .contains("fails must isolated private-tasks: ingest has a public IP");
        assertThat(run("review", "examples/reviews/sync-chain-deadline").out())
                .contains("fails must in-time deadline 3s at checkout-lb: the synchronous path checkout-lb -> checkout -> payments -> fraud-score may wait 9s (3 x 2s + 3 x 1s), over the 3s deadline at checkout-lb")
                .contains("checkout: -> payments: 3 attempt(s) x timeout 2s = 6s (examples/reviews/sync-chain-deadline/retries-everywhere.arch:")
                .contains("fails must paid-in-answer answers-synchronously checkout-lb -> payments: checkout-lb cannot answer with the result of payments: the way there (checkout-lb -> checkout ~> payment-requests -> payments) has an asynchronous hop");
        assertThat(run("review", "examples/reviews/only-lb-exposed").out())
                .contains("fails must one-entry only-exposed shop-lb: storefront is reachable from the internet besides shop-lb")
                .contains("storefront: public-ip, storefront-sg admits 0.0.0.0/0 on tcp 8080 (examples/reviews/only-lb-exposed/public-tasks.arch:")
                .contains("fails must one-entry only-exposed shop-lb: admin-lb is reachable from the internet besides shop-lb")
                .contains("fails must one-entry only-exposed shop-lb: shop-db is reachable from the internet besides shop-lb");
    }

    /** docs/review.md documents every predicate of the vocabulary in its table. */
    @Test
    void everyPredicateIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/review.md"));
        for (dev.archkit.model.req.Predicate p : dev.archkit.model.req.Predicate.values()) {
            assertThat(doc).as(p.id()).containsPattern("\\| [a-z]+ \\| `" + java.util.regex.Pattern.quote(p.id()) + "[` ]");
        }
    }

    /** The text grid and the decision record of each question are pinned; regenerate with -Darchkit.updateGolden=true and read the diff. */
    @TestFactory
    Stream<DynamicTest> reportsArePinned() {
        return QUESTIONS.stream().flatMap(q -> Stream.of("text", "markdown").map(format -> DynamicTest.dynamicTest(q.dir() + " " + format, () -> {
            CliTest.Run r = run("review", q.dir(), "--format", format);
            assertThat(r.code()).as(r.err()).isZero();
            Path g = GOLDEN.resolve(Path.of(q.dir()).getFileName() + (format.equals("text") ? ".txt" : ".md"));
            if (UPDATE) Files.writeString(g, r.out());
            assertThat(r.out()).isEqualTo(Files.readString(g));
            assertThat(run("review", q.dir(), "--format", format).out()).as("deterministic").isEqualTo(r.out());
        })));
    }

    /** The JSON of every question, and of a review with unknown verdicts and no winner, follows docs/review.schema.json. */
    @Test
    void jsonFollowsItsDocumentedSchema(@TempDir Path dir) throws Exception {
        com.networknt.schema.JsonSchema schema;
        try (var in = Files.newInputStream(Path.of("docs/review.schema.json"))) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (Question q : QUESTIONS) assertThat(schema.validate(json(q.dir()))).as(q.dir()).isEmpty();
        Files.writeString(dir.resolve("requirements.arch"), "requirements r {\n  must z: survives-zone-loss\n}\n");
        Files.writeString(dir.resolve("bare.arch"), "architecture bare {\n  region eu-west-1\n  service api {\n    image \"a/api:1\"\n  }\n}\n");
        JsonNode noWinner = new ObjectMapper().readTree(run("review", dir.toString(), "--format", "json").out());
        assertThat(noWinner.get("winner").isNull()).isTrue();
        assertThat(noWinner.get("unjudgeable").get(0).asText()).isEqualTo("z");
        assertThat(schema.validate(noWinner)).isEmpty();
    }

    /** SARIF: valid 2.1.0, one rule per requirement, a failed must of a wrong option as an error at its evidence. */
    @Test
    void sarifNamesTheRequirementAsTheRule() throws Exception {
        CliTest.Run r = run("review", "examples/saa-container-question", "--format", "sarif");
        assertThat(r.code()).isZero();
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        try (var in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(in);
            assertThat(schema.validate(sarif)).isEmpty();
        }
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/rules")).hasSize(20);
        JsonNode swarm = null;
        for (JsonNode res : run.get("results")) {
            if (res.get("ruleId").asText().equals("ops-managed")) swarm = res;
            assertThat(res.at("/properties/candidate").asText()).isNotEqualTo("option-b-ecs-fargate");
        }
        assertThat(swarm).isNotNull();
        assertThat(swarm.get("level").asText()).isEqualTo("error");
        assertThat(swarm.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("examples/saa-container-question/option-a-swarm.arch");
        assertThat(swarm.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(36);
    }

    @Test
    void markdownIsADecisionRecord() {
        String md = run("review", "examples/saa-container-question", "--format", "markdown").out();
        assertThat(md).contains("## Decision drivers").contains("## Considered options")
                .contains("Chosen option: \"option-b-ecs-fargate\", because it meets every must")
                .contains("* Bad, because fails ops-managed (must): monolith-services runs on Docker Swarm");
    }

    @Test
    void requirementsAndCandidatesMayBeNamedOneByOne() {
        String dir = "examples/reviews/stateful-zone-loss/";
        CliTest.Run r = run("review", dir + "requirements.arch", dir + "read-replica.arch", dir + "one-zone-tasks.arch");
        assertThat(r.code()).as("no candidate meets every must").isEqualTo(1);
        assertThat(r.out()).contains("no unique winner: every candidate fails a must");
    }

    @Test
    void explainPrintsTheFactsOfOneRequirementAndSuggestsAMisspelledId() {
        CliTest.Run r = run("review", "examples/reviews/stateful-zone-loss", "--explain", "no-data-loss");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("must no-data-loss rpo-zero (examples/reviews/stateful-zone-loss/requirements.arch:8)")
                .contains("read-replica: fail - orders-db has only asynchronous read replicas: RPO above 0")
                .contains("orders-db: 1 read replica(s), no multi-az (examples/reviews/stateful-zone-loss/read-replica.arch:");
        CliTest.Run typo = run("review", "examples/reviews/stateful-zone-loss", "--explain", "no-data-los");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("no requirement 'no-data-los'").contains("did you mean 'no-data-loss'?");
    }

    @Test
    void badRequirementsAreLocatedErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("requirements.arch"), "requirements r {\n  must a: survive-zone-loss\n}\n");
        Files.copy(Path.of("examples/reviews/stateful-zone-loss/multi-az.arch"), dir.resolve("multi-az.arch"));
        CliTest.Run r = run("review", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("requirements.arch:2:11: error: unknown predicate 'survive-zone-loss'")
                .contains("did you mean 'survives-zone-loss'?");
        assertThat(run("check", dir.resolve("requirements.arch").toString()).out()).contains("unknown predicate 'survive-zone-loss'");
    }

    @Test
    void aDirectoryWithoutRequirementsIsAClearError(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples/reviews/stateful-zone-loss/multi-az.arch"), dir.resolve("multi-az.arch"));
        CliTest.Run r = run("review", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no requirements file in " + dir);
    }

    @Test
    void aRequirementNoCandidateCanBeJudgedOnIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("requirements.arch"), "requirements r {\n  must cost: monthly-cost-below 100 USD\n  must z: survives-zone-loss\n}\n");
        Files.writeString(dir.resolve("bare.arch"), "architecture bare {\n  region eu-west-1\n  service api {\n    image \"a/api:1\"\n  }\n}\n");
        CliTest.Run r = run("review", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("no candidate can be judged on z (survives-zone-loss): the models lack its facts")
                .contains("unknown must z survives-zone-loss: api's zones are unknown (no subnets)");
    }
}
