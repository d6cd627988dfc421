package dev.archkit.review;

import dev.archkit.model.req.Requirements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archkit.review.ReviewTest.candidate;
import static dev.archkit.review.ReviewTest.requirements;
import static org.assertj.core.api.Assertions.assertThat;

/** aws-access-without, only-exposed, deadline and answers-synchronously where the models lack facts or say no. */
class NetworkAndLatencyChecksTest {

    static Judgement judgement(ReviewResult r, String requirement) {
        return r.ranked().get(0).judgements().stream().filter(j -> j.requirement().id().equals(requirement)).findFirst().orElseThrow();
    }

    static Judgement judge(String requirements, String body) {
        Requirements req = requirements(requirements);
        return judgement(Review.run(req, List.of(candidate("x", body))), req.items().get(0).id());
    }

    static final String ECR = "\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1\"";

    @Test
    void awsAccessIsUnknownWithoutSubnetsOrImageAndFailsThroughANatGateway() {
        String req = "requirements r {\n  must e: aws-access-without nat\n}\n";
        Judgement noSubnets = judge(req, "  service api {\n    image " + ECR + "\n    logs awslogs\n  }\n");
        assertThat(noSubnets.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(noSubnets.outcome().reason()).startsWith("api's subnets are not written: how it would pull its image from ECR is unknown");

        Judgement noImage = judge(req, "  service api {\n    subnets a, b\n  }\n");
        assertThat(noImage.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(noImage.outcome().reason()).isEqualTo("api's image is not written: its registry is unknown");

        Judgement stranded = judge(req, "  service api {\n    image " + ECR + "\n    subnets a\n  }\n");
        assertThat(stranded.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(stranded.outcome().reason()).isEqualTo("api cannot pull its image from ECR from a (no route out): missing endpoints ecr.api, ecr.dkr, s3");

        String natted = "  network p 10.1.0.0/16 {\n    subnet pa zone eu-west-1a public 10.1.0.0/24\n    subnet pp zone eu-west-1a private 10.1.1.0/24\n"
                + "    nat np subnet pa\n  }\n  service api {\n    image " + ECR + "\n    subnets pp\n  }\n";
        Judgement nat = judge(req, natted);
        assertThat(nat.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(nat.outcome().reason()).isEqualTo("api would pull its image from ECR through NAT gateway np (missing endpoints ecr.api, ecr.dkr, s3)");
        assertThat(nat.outcome().evidence()).extracting(Evidence::fact).startsWith("subnet pp routes through np");

        Judgement named = judge("requirements r {\n  must e: aws-access-without internet for web\n}\n", "  service api {\n    image " + ECR + "\n  }\n");
        assertThat(named.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(named.outcome().reason()).isEqualTo("no service 'web' in this design");
    }

    @Test
    void onlyExposedFailsOnAnUnnamedEntryAndIsUnknownForAPublicAddressWithoutGroups() {
        String req = "requirements r {\n  must x: only-exposed web\n}\n";
        Judgement extra = judge(req, "  loadbalancer web {\n    type application\n  }\n  loadbalancer admin {\n    type application\n  }\n");
        assertThat(extra.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(extra.outcome().reason()).isEqualTo("admin is reachable from the internet besides web");
        assertThat(extra.outcome().evidence()).extracting(Evidence::text).containsExactly("admin: scheme internet-facing (x.arch:10)");

        Judgement internal = judge(req, "  loadbalancer web {\n    type application\n  }\n  loadbalancer admin {\n    type application\n    scheme internal\n  }\n");
        assertThat(internal.verdict()).isEqualTo(Verdict.PASS);

        String publicSubnet = "  network p 10.1.0.0/16 {\n    subnet pa zone eu-west-1a public 10.1.0.0/24\n  }\n";
        Judgement bare = judge(req, publicSubnet + "  service api {\n    image \"a/api:1\"\n    subnets pa\n    public-ip\n  }\n");
        assertThat(bare.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(bare.outcome().reason()).isEqualTo("api has a public address but its security groups are not written");
    }

    @Test
    void aDeadlineIsUnknownWhenACallHasNoTimeoutAndFailsOnTheSumOfAttemptsTimesTimeouts() {
        String services = "  service api {\n    image \"a/api:1\"\n  }\n  service db-api {\n    image \"a/db:1\"\n  }\n  service cache {\n    image \"a/c:1\"\n  }\n";
        Judgement untimed = judge("requirements r {\n  must d: deadline 1s\n}\n", services + "  api -> db-api\n");
        assertThat(untimed.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(untimed.outcome().reason()).isEqualTo("the call api -> db-api below api has no timeout and its callee declares no latency: its wait has no bound");

        String calls = "  api -> db-api { timeout 400ms retries 1 }\n  db-api -> cache { timeout 100ms retries 2 }\n  api -> cache { timeout 900ms }\n";
        Judgement over = judge("requirements r {\n  must d: deadline 1s at api\n}\n", services + calls);
        assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(over.outcome().reason()).isEqualTo("the synchronous path api -> db-api -> cache may wait 1100ms (2 x 400ms + 3 x 100ms), over the 1s deadline at api");
        assertThat(judge("requirements r {\n  must d: deadline 1100ms at api\n}\n", services + calls).verdict()).isEqualTo(Verdict.PASS);
        assertThat(judge("requirements r {\n  must d: deadline 1s at gateway\n}\n", services + calls).verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void anAsynchronousHopOnTheWayToTheAnswerFails() {
        String body = "  service api {\n    image \"a/api:1\"\n  }\n  service ledger {\n    image \"a/l:1\"\n  }\n  queue q {\n  }\n";
        Judgement queued = judge("requirements r {\n  must s: answers-synchronously api -> ledger\n}\n", body + "  api ~> q\n  q -> ledger\n");
        assertThat(queued.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(queued.outcome().evidence()).extracting(Evidence::element).containsExactly("api");
        assertThat(judge("requirements r {\n  must s: answers-synchronously api -> ledger\n}\n", body + "  api -> ledger { timeout 1s }\n").verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(judge("requirements r {\n  must s: answers-synchronously api -> ledger\n}\n", body).verdict()).isEqualTo(Verdict.FAIL);
    }
}
