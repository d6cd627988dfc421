package dev.archkit.lang;

import dev.archkit.model.view.Database;
import dev.archkit.model.view.External;
import dev.archkit.model.view.Service;
import org.junit.jupiter.api.Test;

import static dev.archkit.lang.ModelBuilderTest.build;
import static dev.archkit.lang.ModelBuilderTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** A database's snapshot schedule and replica zones, a callee's latency, the failures a call retries: typed, checked, and written back by fmt as read. */
class DataAndLatencyPropertiesTest {

    static final String TEXT = """
            architecture a {
              region eu-west-1

              service api {
                image "a/api:1"
                latency 50ms
              }

              external partner {
                type partner
                latency 400ms
              }

              database orders {
                engine postgres
                zone eu-west-1a
                replicas 2
                replica-zones eu-west-1b, eu-west-1c
                backup 7d
                snapshots every 12h
              }

              api -> partner {
                timeout 1s
                retries 2 backoff exponential jitter on connect-errors
                optional
              }
            }
            """;

    @Test
    void theyAreTypedValuesOfTheViews() {
        var r = build(TEXT);
        assertThat(messages(r)).isEmpty();
        var a = r.architecture();
        Database db = new Database(a.element("orders"));
        assertThat(db.snapshotEvery()).hasValueSatisfying(d -> assertThat(d.millis()).isEqualTo(12 * 3_600_000L));
        assertThat(db.snapshotsAt().line()).isEqualTo(20);
        assertThat(db.replicaZones()).containsExactly("eu-west-1b", "eu-west-1c");
        assertThat(new Service(a.element("api")).latency()).hasValueSatisfying(d -> assertThat(d.millis()).isEqualTo(50));
        assertThat(new External(a.element("partner")).latency()).hasValueSatisfying(d -> assertThat(d.millis()).isEqualTo(400));
        var call = new dev.archkit.model.view.Call(a.dependencies().get(0));
        assertThat(call.retries()).hasValueSatisfying(rt -> assertThat(rt.on()).contains(dev.archkit.model.view.Call.RetryOn.CONNECT_ERRORS));
        assertThat(call.optional()).isTrue();
    }

    @Test
    void fmtWritesThemBackAsRead() {
        String once = Formatter.format(TEXT);
        assertThat(once).isEqualTo(TEXT);
        assertThat(Formatter.format(once)).isEqualTo(once);
    }

    @Test
    void aWrongScheduleOrReplicaPlacementIsALocatedError() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  database orders {
                    engine postgres
                    replicas 1
                    replica-zones eu-west-1b, us-east-1a
                    snapshots every 0s
                  }
                }
                """);
        assertThat(messages(r)).containsExactlyInAnyOrder(
                "6:5 orders names 2 replica zone(s) for 1 replica(s) | write one zone per replica, and 'replicas 2'",
                "6:5 zone 'us-east-1a' is not in the region eu-west-1",
                "7:5 snapshots every 0: an interval above 0 is needed | write 'snapshots every 12h'");
    }
}
