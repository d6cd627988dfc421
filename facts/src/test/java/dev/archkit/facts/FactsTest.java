package dev.archkit.facts;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactsTest {

    static Architecture build(String text) {
        var r = ModelBuilder.buildText("f.arch", text);
        assertThat(r.diagnostics()).as("diagnostics").isEmpty();
        return r.architecture();
    }

    static final String SHOP = """
            architecture shop {
              region eu-west-1
              zones eu-west-1a, eu-west-1b
              network main 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.1.0/24
                subnet app-b zone eu-west-1b private 10.0.2.0/24
              }
              securitygroup api-sg { ingress tcp 8080 from 10.0.0.0/16 }
              cluster ecs-main { capacity ec2 weight 1 }
              cluster k8s { type eks }
              role api-role { allow s3:GetObject on "arn:aws:s3:::shop/*" }
              service api {
                cluster ecs-main
                image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.0"
                port 8080
                replicas 2 min 2 max 6
                schedule "cron(0 22 * * ? *)" min 1 max 8 name night
                subnets app-a, app-b
                securitygroups api-sg
                role api-role
                logs awslogs
                secret DB_PASSWORD from secretsmanager "db-pw"
              }
              service worker {
                cluster k8s
                image "nginx:1.27"
                port 9000
              }
              service lonely { image "ghcr.io/acme/lonely:2" }
              database db { engine postgres  subnets app-a, app-b }
              api -> worker { timeout 2s retries 2 }
              worker -> db { timeout 1s retries 3 }
              api -> db { port 6543 }
            }
            """;

    @Test
    void servicesGetTheirEffectiveRuntimeScalingZonesRolesAndNeeds() {
        Facts f = Facts.of(build(SHOP));
        ServiceFacts api = f.service("api");
        assertThat(api.runtime()).isEqualTo(Service.Runtime.EC2);
        assertThat(api.ecs()).isTrue();
        assertThat(api.scaling()).isEqualTo(new Scaling(2, 2, 6, 1, 8, true));
        assertThat(api.zones()).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(api.taskRole()).map(r -> r.name()).contains("api-role");
        assertThat(api.awslogs()).isTrue();
        assertThat(api.secretStores()).containsExactly(Task.SecretStore.SECRETS_MANAGER);
        assertThat(api.registry()).isEqualTo(new Registry(Registry.Kind.ECR, "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "eu-west-1"));

        ServiceFacts worker = f.service("worker");
        assertThat(worker.runtime()).isEqualTo(Service.Runtime.EKS);
        assertThat(worker.ecs()).isFalse();
        assertThat(worker.scaling()).isEqualTo(new Scaling(1, 1, 1, 1, 1, false));
        assertThat(worker.registry().kind()).isEqualTo(Registry.Kind.DOCKER_HUB);

        ServiceFacts lonely = f.service("lonely");
        assertThat(lonely.runtime()).as("no runtime and no cluster: Fargate").isEqualTo(Service.Runtime.FARGATE);
        assertThat(lonely.zones()).isEmpty();
        assertThat(lonely.registry().kind()).isEqualTo(Registry.Kind.OTHER);
        assertThat(f.services()).extracting(ServiceFacts::name).containsExactly("api", "worker", "lonely");
    }

    @Test
    void callsCarryTheirPortsFromTheDependencyTheCalleeOrTheEngine() {
        Facts f = Facts.of(build(SHOP));
        assertThat(f.service("api").callees()).extracting(CallFact::to, CallFact::port)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("worker", 9000), org.assertj.core.groups.Tuple.tuple("db", 6543));
        assertThat(f.callsFrom("worker")).singleElement().satisfies(c -> {
            assertThat(c.port()).as("postgres default").isEqualTo(5432);
            assertThat(c.attempts()).isEqualTo(4);
            assertThat(c.timeoutMillis()).isEqualTo(1000);
        });
        assertThat(f.service("worker").callers()).extracting(CallFact::from).containsExactly("api");
        assertThat(f.listenPort("db")).isEqualTo(5432);
    }

    @Test
    void chainsMultiplyRetriesAndSumTheSlowestCall() {
        Facts f = Facts.of(build(SHOP));
        Chains c = f.chains();
        assertThat(c.amplification("worker")).isEqualTo(4);
        assertThat(c.amplification("api")).as("3 attempts to worker x 4 to db").isEqualTo(12);
        assertThat(c.worstChain("api", 10)).containsExactly("api", "worker", "db");
        assertThat(c.worstCallMillis("worker")).isEqualTo(4000);
        assertThat(c.slowestCall("worker")).map(CallFact::to).contains("db");
        assertThat(c.slowestCall("db")).isEmpty();
    }

    @Test
    void chainsSumAttemptsTimesTimeoutAlongTheWorstPathAndNameACallWithoutTimeout() {
        Facts f = Facts.of(build(SHOP));
        Chains c = f.chains();
        assertThat(c.worstPathMillis("worker")).isEqualTo(4000);
        assertThat(c.worstPathMillis("api")).as("3 x 2s to worker + 4 x 1s to db").isEqualTo(10_000);
        assertThat(c.worstTimePath("api")).extracting(CallFact::to).containsExactly("worker", "db");
        assertThat(c.untimedCall("api")).map(CallFact::to).as("api -> db has no timeout").contains("db");
        assertThat(c.untimedCall("worker")).isEmpty();
        assertThat(c.worstPathMillis("db")).isZero();
    }

    @Test
    void callPathsFindTheSynchronousWayOrTheOneThroughAQueue() {
        Facts f = Facts.of(build("""
                architecture q {
                  region eu-west-1
                  service api { image "a/api:1" }
                  service ledger { image "a/ledger:1" }
                  queue q1 { }
                  service orders { image "a/orders:1" }
                  api -> orders { timeout 1s }
                  api ~> q1
                  q1 -> ledger
                }
                """));
        assertThat(f.callPath("api", "orders", true)).extracting(CallFact::to).containsExactly("orders");
        assertThat(f.callPath("api", "ledger", true)).isEmpty();
        assertThat(f.callPath("api", "ledger", false)).extracting(CallFact::async).containsExactly(true, false);
        assertThat(f.callPath("api", "nowhere", false)).isEmpty();
    }

    @Test
    void namesCarryTheEnvironmentAndAwsLimits() {
        Architecture a = build("""
                architecture n {
                  region eu-west-1
                  database a-database-with-a-rather-long-name-that-goes-on-and-on-and-on-forever { engine mysql }
                  environment prod { stage production }
                }
                """);
        Names base = Facts.of(a).names();
        Names prod = Facts.of(a.forEnvironment("prod")).names();
        assertThat(base.aws("api")).as("prefixed with the architecture").isEqualTo("n-api");
        assertThat(prod.aws("api")).as("and the environment").isEqualTo("n-prod-api");
        assertThat(prod.targetGroup("public-alb", "a-service-with-a-long-name")).hasSize(32).startsWith("n-prod-public-alb-a-servi");
        assertThat(prod.dbIdentifier("A-DB")).isEqualTo("n-prod-a-db");
        String id = base.dbIdentifier("a-database-with-a-rather-long-name-that-goes-on-and-on-and-on-forever");
        assertThat(id).hasSize(63).isNotEqualTo(base.dbIdentifier("a-database-with-a-rather-long-name-that-goes-on-and-on-and-on-forevex"));
    }

    @Test
    void registriesAreReadFromImageReferences() {
        assertThat(Registry.of("public.ecr.aws/nginx/nginx:1.27").kind()).isEqualTo(Registry.Kind.ECR_PUBLIC);
        assertThat(Registry.of("docker.io/library/redis:7").kind()).isEqualTo(Registry.Kind.DOCKER_HUB);
        assertThat(Registry.of("bitnami/redis:7").kind()).isEqualTo(Registry.Kind.DOCKER_HUB);
        assertThat(Registry.of("localhost:5000/app:1").kind()).isEqualTo(Registry.Kind.OTHER);
        assertThat(Registry.of(null)).isEqualTo(Registry.UNKNOWN);
        for (String image : List.of("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/a:1")) {
            assertThat(Registry.of(image).kind()).isEqualTo(Registry.Kind.ECR);
        }
    }
}
