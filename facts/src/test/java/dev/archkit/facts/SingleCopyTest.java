package dev.archkit.facts;

import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which elements run as a single copy, kind by kind. */
class SingleCopyTest {

    static final Architecture A = FactsTest.build("""
            architecture copies {
              region eu-west-1
              service one { runtime fargate }
              service min-one { runtime fargate
                replicas 3 min 1 max 6 }
              service two { runtime fargate
                replicas 2 }
              database solo { engine postgres }
              database standby { engine postgres
                multi-az }
              database reader { engine aurora-postgresql
                replicas 1 }
              database read-replica { engine postgres
                replicas 1 }
              cache node { engine redis }
              cache nodes { engine redis
                nodes 2 }
              cache az { engine redis
                multi-az }
              search small { engine opensearch }
              search big { engine opensearch
                nodes 3 }
              queue q { }
            }
            """);

    @Test
    void singleCopiesByKind() {
        Facts f = Facts.of(A);
        assertThat(f.singleCopy("one")).isTrue();
        assertThat(f.singleCopy("min-one")).as("desired 3 but min 1: scaling in leaves one copy (ZoneLoss: the floor decides)").isTrue();
        assertThat(f.singleCopy("two")).isFalse();
        assertThat(f.singleCopy("solo")).isTrue();
        assertThat(f.singleCopy("standby")).isFalse();
        assertThat(f.singleCopy("reader")).as("an Aurora reader is a failover target").isFalse();
        assertThat(f.singleCopy("read-replica")).as("an RDS read replica is not promoted on its own").isTrue();
        assertThat(f.singleCopy("node")).isTrue();
        assertThat(f.singleCopy("nodes")).isFalse();
        assertThat(f.singleCopy("az")).isFalse();
        assertThat(f.singleCopy("small")).isTrue();
        assertThat(f.singleCopy("big")).isFalse();
        assertThat(f.singleCopy("q")).as("a queue has no copies to count").isFalse();
        assertThat(f.singleCopy("nothing")).isFalse();
    }
}
