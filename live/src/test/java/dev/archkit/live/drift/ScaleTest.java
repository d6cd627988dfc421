package dev.archkit.live.drift;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,500 services over five ECS clusters, read from {@link FakeAws} under a rate limit far below
 * what the reader would send unchecked: every service is read in full (adaptive retries with
 * client-side rate limiting outlast the throttling), and the progress counts add up.
 */
class ScaleTest {

    static Inventory account(int clusters, int perCluster) {
        List<Inventory.Cluster> cs = new ArrayList<>();
        List<Inventory.Service> services = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            String cluster = "cluster-" + c;
            cs.add(new Inventory.Cluster(cluster, "arn:aws:ecs:us-east-1:" + AwsWords.ACCOUNT + ":cluster/" + cluster, true, List.of(), null));
            for (int s = 0; s < perCluster; s++) {
                String name = "svc-" + c + "-" + s;
                services.add(new Inventory.Service(name, cluster, "arn:aws:ecs:us-east-1:" + AwsWords.ACCOUNT + ":service/" + cluster + "/" + name, 2, "FARGATE",
                        List.of(), List.of("subnet-1"), List.of("sg-1"), false, true, true,
                        new Inventory.TaskDefinition(name, 1, "256", "512", "X86_64", null, null,
                                List.of(new Inventory.Container(name, "public.ecr.aws/nginx/nginx:1.27", List.of(80), List.of(), List.of(), null, false))),
                        List.of(), 0, null));
            }
        }
        return new Inventory(Inventory.VERSION, "us-east-1", cs, services, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void twoThousandFiveHundredServicesAreReadInFullUnderARateLimit() throws Exception {
        try (FakeAws aws = new FakeAws(account(5, 500))) {
            aws.pageSize = 100;
            aws.rateLimit = 300;   // calls per second, with a burst of 30; answered beyond it with ThrottlingException
            AtomicReference<Progress.Snapshot> last = new AtomicReference<>();
            List<String> phases = new ArrayList<>();
            Progress.Listener listener = s -> {
                last.set(s);
                synchronized (phases) { if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(s.phase())) phases.add(s.phase()); }
            };
            LiveReader.Retry retry = new LiveReader.Retry(10, Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofSeconds(5));
            long t0 = System.nanoTime();
            Inventory inv = new LiveReader(aws.options(8, retry, listener)).read();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Progress.Snapshot p = last.get();
            System.out.printf("2500 services over 5 clusters at 300 calls/s: %d ms, %d calls, %d throttled, %d failed%n", ms, p.calls(), p.throttles(), p.failures());
            assertThat(inv.unreadable()).isEmpty();
            assertThat(inv.services()).hasSize(2500).allMatch(s -> s.task() != null);
            assertThat(p.servicesRead()).isEqualTo(2500);
            assertThat(p.servicesTotal()).isEqualTo(2500);
            assertThat(p.services()).hasSize(5).allSatisfy((c, n) -> assertThat(n.read()).isEqualTo(500));
            assertThat(p.throttles()).as("the rate limit was felt").isPositive();
            assertThat(p.failures()).isZero();
            assertThat(phases).startsWith("ECS").endsWith("done");
        }
    }
}
