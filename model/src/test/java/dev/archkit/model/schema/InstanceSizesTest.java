package dev.archkit.model.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceSizesTest {

    @Test
    void regularFamiliesFollowTheirPattern() {
        assertThat(InstanceSizes.of("t3.medium")).contains(new InstanceSizes.Size(2, 4096));
        assertThat(InstanceSizes.of("t4g.xlarge")).contains(new InstanceSizes.Size(4, 16384));
        assertThat(InstanceSizes.of("m6i.2xlarge")).contains(new InstanceSizes.Size(8, 32768));
        assertThat(InstanceSizes.of("c7g.medium")).contains(new InstanceSizes.Size(1, 2048));
        assertThat(InstanceSizes.of("r6gd.large")).contains(new InstanceSizes.Size(2, 16384));
        assertThat(InstanceSizes.of("m7i-flex.large")).contains(new InstanceSizes.Size(2, 8192));
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(InstanceSizes.of("c5n.large")).as("network optimised: more memory than the pattern").isEmpty();
        assertThat(InstanceSizes.of("x2idn.16xlarge")).isEmpty();
        assertThat(InstanceSizes.of("m5.metal")).isEmpty();
        assertThat(InstanceSizes.of("t3.huge")).isEmpty();
        assertThat(InstanceSizes.of("g5.xlarge")).isEmpty();
        assertThat(InstanceSizes.of("m4.large")).isEmpty();
    }

    @Test
    void theNodeKeepsTheKubeletsReserve() {
        assertThat(new InstanceSizes.Size(2, 4096).allocatable()).isEqualTo(new InstanceSizes.Allocatable(1930, 3741));
        assertThat(new InstanceSizes.Size(1, 2048).allocatable()).isEqualTo(new InstanceSizes.Allocatable(940, 1693));
        // 16 vCPUs: 60 + 10 + 2 x 5 + 12 x 2.5 = 110m
        assertThat(new InstanceSizes.Size(16, 65536).allocatable().millicores()).isEqualTo(15890);
    }
}
