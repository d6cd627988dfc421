package dev.archkit.review;

import org.junit.jupiter.api.Test;

import static dev.archkit.review.NetworkAndLatencyChecksTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * traffic-shifting, max-rpo, replica-in-another-zone and the callees' latencies in deadline: for
 * each, designs that must pass, must fail and must stay unknown (never a pass without the fact).
 */
class VocabularyChecksTest {

    static String service(String extra) {
        return "  service api {\n    image \"a/api:1\"\n    replicas 2\n    subnets a, b\n" + extra + "  }\n";
    }

    static String db(String props) {
        return "  database orders {\n    engine postgres\n    class db.t3.medium\n    subnets a, b\n" + props + "  }\n";
    }

    // traffic-shifting

    static final String STEPS = "requirements r {\n  must steps: traffic-shifting 10%\n}\n";

    @Test
    void trafficShiftingPassesACanaryOrLinearFirstStepWithinTheShare() {
        Judgement canary = judge(STEPS, service("    deploy blue-green canary 10% every 5m\n"));
        assertThat(canary.verdict()).isEqualTo(Verdict.PASS);
        assertThat(canary.outcome().reason()).isEqualTo("api shifts traffic in steps: canary 10% every 5m (first step at most 10%)");
        assertThat(canary.outcome().evidence().get(0).at().line()).isPositive();
        assertThat(judge(STEPS, service("    deploy blue-green linear 5% every 1m\n")).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void trafficShiftingFailsAllAtOnceALargerStepAndRolling() {
        Judgement allAtOnce = judge(STEPS, service("    deploy blue-green\n"));
        assertThat(allAtOnce.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(allAtOnce.outcome().reason()).isEqualTo("api shifts all traffic at once to the new version (blue/green without canary or linear)");
        Judgement big = judge(STEPS, service("    deploy blue-green canary 25% every 5m\n"));
        assertThat(big.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(big.outcome().reason()).isEqualTo("api's first step sends 25% of traffic to the new version, over 10%");
        assertThat(judge(STEPS, service("    deploy rolling circuit-breaker rollback\n")).verdict()).isEqualTo(Verdict.FAIL);
        Judgement plain = judge(STEPS, service(""));
        assertThat(plain.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(plain.outcome().evidence().get(0).fact()).isEqualTo("no deploy: ECS rolling");
        assertThat(judge(STEPS, service("    runtime beanstalk\n")).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void trafficShiftingIsUnknownOnSwarmAndNotApplicableWithoutServices() {
        Judgement swarm = judge(STEPS, service("    runtime swarm\n"));
        assertThat(swarm.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(swarm.outcome().reason()).isEqualTo("api's Swarm update policy is not in the model");
        assertThat(judge(STEPS, db("    multi-az\n")).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    // max-rpo

    static final String RPO = "requirements r {\n  must rpo: max-rpo 15m\n}\n";

    @Test
    void maxRpoPassesSynchronousReplicationPointInTimeRecoveryAndFrequentSnapshots() {
        assertThat(judge(RPO, db("    multi-az\n")).outcome().reason()).isEqualTo("orders replicates synchronously to a Multi-AZ standby, RPO 0");
        assertThat(judge(RPO, "  database orders {\n    engine aurora-postgresql\n    class db.r6g.large\n  }\n").verdict()).isEqualTo(Verdict.PASS);
        Judgement pitr = judge(RPO, db("    backup 7d\n"));
        assertThat(pitr.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pitr.outcome().reason()).isEqualTo("orders loses at most 5m of writes, by point-in-time recovery (transaction logs every 5m), within 15m");
        Judgement snaps = judge(RPO, db("    backup 0d\n    snapshots every 10m\n"));
        assertThat(snaps.verdict()).isEqualTo(Verdict.PASS);
        assertThat(snaps.outcome().reason()).isEqualTo("orders loses at most 10m of writes, by a snapshot every 10m, within 15m");
    }

    @Test
    void maxRpoFailsRareSnapshotsNoBackupsAndAnyAsynchronousCopyAtZero() {
        Judgement rare = judge(RPO, db("    snapshots every 24h\n"));
        assertThat(rare.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rare.outcome().reason()).isEqualTo("orders's newest restorable point may be 1d old (a snapshot every 1d), over 15m");
        assertThat(rare.outcome().evidence()).extracting(Evidence::fact).containsExactly("snapshots every 1d");
        Judgement none = judge(RPO, db("    backup 0d\n"));
        assertThat(none.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(none.outcome().reason()).isEqualTo("orders has backups off, no snapshots and no replica: a lost instance loses its data");
        assertThat(judge("requirements r {\n  must rpo: max-rpo 0s\n}\n", db("    backup 7d\n    replicas 1\n")).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void maxRpoIsUnknownWithoutWrittenBackupsOrWhenOnlyAReplicasLagCouldMeetIt() {
        Judgement unwritten = judge(RPO, db(""));
        assertThat(unwritten.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unwritten.outcome().reason()).isEqualTo("orders's backups are not written: neither 'backup' retention (point-in-time recovery) nor 'snapshots every'");
        Judgement replica = judge(RPO, db("    snapshots every 24h\n    replicas 1\n"));
        assertThat(replica.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(replica.outcome().reason()).isEqualTo("orders's read replica may hold newer writes than a snapshot every 1d, but its lag has no bound in the model");
        assertThat(judge(RPO, "  database orders {\n    class db.t3.medium\n  }\n").verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(judge(RPO, service("")).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    // replica-in-another-zone

    static final String COPY = "requirements r {\n  must copy: replica-in-another-zone\n}\n";

    @Test
    void aReplicaInAnotherZonePassesAStandbyAuroraOrAPlacedReplica() {
        assertThat(judge(COPY, db("    multi-az\n")).verdict()).isEqualTo(Verdict.PASS);
        assertThat(judge(COPY, "  database orders {\n    engine aurora-mysql\n    class db.r6g.large\n  }\n").verdict()).isEqualTo(Verdict.PASS);
        Judgement placed = judge(COPY, db("    zone eu-west-1a\n    replicas 1\n    replica-zones eu-west-1b\n"));
        assertThat(placed.verdict()).isEqualTo(Verdict.PASS);
        assertThat(placed.outcome().reason()).isEqualTo("orders has a read replica in eu-west-1b, its primary is in eu-west-1a");
        assertThat(placed.outcome().evidence().get(0).at().line()).isPositive();
        assertThat(judge(COPY, db("    replicas 2\n    replica-zones eu-west-1a, eu-west-1b\n")).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aReplicaInAnotherZoneFailsASingleInstanceOrAReplicaBesideItsPrimary() {
        Judgement single = judge(COPY, db("    zone eu-west-1a\n    backup 7d\n"));
        assertThat(single.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(single.outcome().reason()).isEqualTo("orders has no standby and no replica: every running copy is in one zone");
        Judgement beside = judge(COPY, db("    zone eu-west-1a\n    replicas 1\n    replica-zones eu-west-1a\n"));
        assertThat(beside.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(beside.outcome().reason()).isEqualTo("orders's read replicas are all in its primary's zone eu-west-1a: losing it loses every copy");
    }

    @Test
    void aReplicaInAnotherZoneIsUnknownWhenZonesAreNotWritten() {
        Judgement unplaced = judge(COPY, db("    zone eu-west-1a\n    replicas 1\n"));
        assertThat(unplaced.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unplaced.outcome().reason()).isEqualTo("orders's read replicas have no zones written ('replica-zones')");
        Judgement noPrimary = judge(COPY, db("    replicas 1\n    replica-zones eu-west-1b\n"));
        assertThat(noPrimary.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(noPrimary.outcome().reason()).isEqualTo("orders's primary zone is not written ('zone'): its replica in eu-west-1b may share it");
    }

    // deadline with the callees' latencies

    static final String CHAIN = "  service api {\n    image \"a/api:1\"\n  }\n  service pricing {\n    image \"a/p:1\"\n%s  }\n"
            + "  external partner {\n    type partner\n%s  }\n";

    @Test
    void aDeadlineAddsTheCalleesDeclaredLatenciesToTheTimeouts() {
        String body = String.format(CHAIN, "    latency 50ms\n", "    latency 400ms\n")
                + "  api -> pricing { timeout 1s retries 1 }\n  pricing -> partner { timeout 500ms }\n";
        Judgement over = judge("requirements r {\n  must d: deadline 3s at api\n}\n", body);
        // 2 x 1s + 50ms (pricing) + 1 x 500ms + 400ms (partner) = 2950ms
        assertThat(over.verdict()).isEqualTo(Verdict.PASS);
        assertThat(over.outcome().reason()).isEqualTo("the worst synchronous path from api (api -> pricing -> partner) waits at most 2950ms, within 3s");
        Judgement tight = judge("requirements r {\n  must d: deadline 2900ms at api\n}\n", body);
        assertThat(tight.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(tight.outcome().reason()).isEqualTo("the synchronous path api -> pricing -> partner may wait 2950ms "
                + "(2 x 1s + 50ms latency of pricing + 1 x 500ms + 400ms latency of partner), over the 2900ms deadline at api");
        assertThat(tight.outcome().evidence()).extracting(Evidence::fact).contains("latency 50ms", "latency 400ms");
    }

    @Test
    void aCallWithoutATimeoutIsBoundedByItsCalleesLatencyElseUnknown() {
        String bounded = String.format(CHAIN, "", "    latency 400ms\n") + "  api -> pricing { timeout 1s }\n  pricing -> partner { retries 1 }\n";
        Judgement j = judge("requirements r {\n  must d: deadline 2s at api\n}\n", bounded);
        // 1 x 1s + 2 x 400ms (each attempt at the partner takes its latency) = 1800ms
        assertThat(j.verdict()).isEqualTo(Verdict.PASS);
        assertThat(j.outcome().reason()).isEqualTo("the worst synchronous path from api (api -> pricing -> partner) waits at most 1800ms, within 2s");
        String unbounded = String.format(CHAIN, "", "") + "  api -> pricing { timeout 1s }\n  pricing -> partner\n";
        assertThat(judge("requirements r {\n  must d: deadline 2s at api\n}\n", unbounded).verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    // safe-retries and fallback

    static final String TWO = "  service api {\n    image \"a/api:1\"\n  }\n  service pricing {\n    image \"a/p:1\"\n  }\n";
    static final String RETRIES = "requirements r {\n  must r: safe-retries\n}\n";

    @Test
    void safeRetriesPassOnlyConnectErrorsWithBackoffAndJitter() {
        Judgement ok = judge(RETRIES, TWO + "  api -> pricing { timeout 1s retries 2 backoff exponential jitter on connect-errors }\n");
        assertThat(ok.verdict()).isEqualTo(Verdict.PASS);
        assertThat(ok.outcome().reason()).isEqualTo("api -> pricing retries only connect errors, with exponential backoff and jitter");
        Judgement timeouts = judge(RETRIES, TWO + "  api -> pricing { timeout 1s retries 2 backoff exponential jitter on timeouts }\n");
        assertThat(timeouts.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(timeouts.outcome().reason()).isEqualTo("api -> pricing retries timeouts: a request that reached pricing may run twice");
        Judgement storm = judge(RETRIES, TWO + "  api -> pricing { timeout 1s retries 2 on connect-errors }\n");
        assertThat(storm.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(storm.outcome().evidence().get(0).at().line()).isPositive();
        Judgement unwritten = judge(RETRIES, TWO + "  api -> pricing { timeout 1s retries 2 backoff exponential jitter }\n");
        assertThat(unwritten.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unwritten.outcome().reason()).isEqualTo("api -> pricing does not say which failures it retries ('on connect-errors')");
        assertThat(judge(RETRIES, TWO + "  api -> pricing { timeout 1s }\n").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void aFallbackIsAnOptionalCallToTheNamedElement() {
        String req = "requirements r {\n  must f: fallback pricing\n}\n";
        Judgement soft = judge(req, TWO + "  api -> pricing { timeout 1s optional }\n");
        assertThat(soft.verdict()).isEqualTo(Verdict.PASS);
        Judgement hard = judge(req, TWO + "  api -> pricing { timeout 1s }\n");
        assertThat(hard.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(hard.outcome().reason()).isEqualTo("api has no fallback for pricing: when it fails, so does api");
        assertThat(judge("requirements r {\n  must f: fallback pricer\n}\n", TWO).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(judge(req, TWO).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
