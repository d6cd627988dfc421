package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the boxes and arrows say, kind by kind, and that a service's runtime is the facts' one. */
class LabelsTest {

    static final String MODEL = """
            architecture kinds {
              region eu-west-1
              cluster ecs-main { capacity fargate weight 3 base 2 capacity fargate-spot weight 1 }
              cluster ec2-only { capacity ec2 }
              cluster kube {
                type eks
                nodegroup ng { instance t3.medium, t3.large size 3 min 2 max 5 }
                nodegroup small { instance m5.large }
              }
              cluster sw { type swarm }
              loadbalancer alb {
                listener https 443
                route /a/* -> on-fargate port 8080
                route /b/* -> on-fargate
                route /c/* -> on-fargate
              }
              loadbalancer nlb { type network scheme internal listener tcp 9000 forward on-ec2 }
              apigateway api { type http route GET /x -> on-ec2 }
              service on-fargate { cluster ecs-main cpu 512 memory 1 GB replicas 3 min 2 max 10 deploy blue-green canary 10% every 5m }
              service on-ec2 { cluster ec2-only cpu 2 vCPU memory 1536 replicas 2 deploy rolling circuit-breaker rollback }
              service on-eks { cluster kube requests cpu 250m memory 512Mi }
              service on-swarm { cluster sw }
              service bare { }
              database aurora { engine aurora-mysql class db.r6g.large multi-az }
              database pg { engine postgres }
              cache redis { engine redis class cache.t3.micro nodes 3 }
              search os { class r6g.large.search }
              bucket files { type minio served-by on-eks }
              queue jobs { fifo }
              topic news { }
              external partner { type partner }
              external someone { }
              on-fargate -> on-ec2 { protocol grpc port 9090 }
              on-fargate -> pg
              on-fargate ~> jobs
            }
            """;

    static Architecture model() {
        var r = ModelBuilder.buildText("kinds.arch", MODEL);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    @Test
    void servicesShowTheRuntimeTheFactsDerive() {
        Architecture a = model();
        Facts f = Facts.of(a);
        assertThat(Labels.detail(f, a.element("on-fargate"))).isEqualTo("Fargate · 0.5 vCPU · 1 GB · ×3 (2–10)");
        // no runtime written: an ECS cluster with only EC2 capacity runs it on EC2
        assertThat(Labels.detail(f, a.element("on-ec2"))).isEqualTo("ECS on EC2 · 2 vCPU · 1536 MiB · ×2");
        assertThat(Labels.detail(f, a.element("on-eks"))).isEqualTo("EKS · 250m CPU · 512 MiB · ×1");
        assertThat(Labels.detail(f, a.element("on-swarm"))).isEqualTo("swarm · ×1");
        assertThat(Labels.detail(f, a.element("bare"))).isEqualTo("Fargate · ×1");
        assertThat(Icons.of(f, a.element("on-fargate"))).isEqualTo("Containers/Fargate");
        assertThat(Icons.of(f, a.element("on-ec2"))).isEqualTo("Containers/ElasticContainerServiceService");
        assertThat(Icons.of(f, a.element("on-eks"))).isEqualTo("Containers/ElasticKubernetesService");
        assertThat(Icons.of(f, a.element("on-swarm"))).isEqualTo("General/GenericApplication");
        for (String s : new String[]{"on-fargate", "on-ec2", "on-eks", "on-swarm", "bare"}) {
            assertThat(Labels.detail(f, a.element(s))).as(s).startsWith(switch (f.runtime(new Service(a.element(s)))) {
                case FARGATE -> "Fargate";
                case EC2 -> "ECS on EC2";
                case EKS -> "EKS";
                case SWARM -> "swarm";
                case BEANSTALK -> "beanstalk";
            });
        }
    }

    @Test
    void eachKindSaysWhatItIs() {
        Architecture a = model();
        Facts f = Facts.of(a);
        assertThat(Labels.detail(f, a.element("aurora"))).isEqualTo("aurora-mysql · db.r6g.large · Multi-AZ");
        assertThat(Icons.of(f, a.element("aurora"))).isEqualTo("Database/Aurora");
        assertThat(Icons.of(f, a.element("pg"))).isEqualTo("Database/RDS");
        assertThat(Labels.detail(f, a.element("redis"))).isEqualTo("redis · cache.t3.micro · ×3");
        assertThat(Labels.detail(f, a.element("alb"))).isEqualTo("ALB · internet-facing");
        assertThat(Labels.detail(f, a.element("nlb"))).isEqualTo("NLB · internal");
        assertThat(Icons.of(f, a.element("nlb"))).endsWith("NetworkLoadBalancer");
        assertThat(Labels.detail(f, a.element("api"))).isEqualTo("HTTP API");
        assertThat(Labels.detail(f, a.element("os"))).isEqualTo("OpenSearch r6g.large.search");
        assertThat(Labels.detail(f, a.element("files"))).isEqualTo("MinIO");
        assertThat(Labels.detail(f, a.element("jobs"))).isEqualTo("SQS FIFO");
        assertThat(Labels.detail(f, a.element("news"))).isEqualTo("SNS");
        assertThat(Labels.detail(f, a.element("partner"))).isEqualTo("partner");
        assertThat(Icons.of(f, a.element("partner"))).isEqualTo("General/Traditionalserver");
        assertThat(Labels.detail(f, a.element("someone"))).isEqualTo("external");
        assertThat(Icons.of(f, a.element("someone"))).isEqualTo("General/Client");
        assertThat(Labels.detail(f, a.element("ng"))).isEqualTo("t3.medium, t3.large · ×3");
        assertThat(Labels.detail(f, a.element("small"))).isEqualTo("m5.large");
        assertThat(Labels.detail(f, a.element("kube"))).isEqualTo("cluster");
    }

    @Test
    void deploymentSaysStrategyAndClustersTheirCapacity() {
        Architecture a = model();
        assertThat(Labels.deploy(new Service(a.element("on-fargate")))).isEqualTo("blue-green canary 10% every 5m");
        assertThat(Labels.deploy(new Service(a.element("on-ec2")))).isEqualTo("rolling circuit breaker rollback");
        assertThat(Labels.deploy(new Service(a.element("bare")))).isEqualTo("rolling (defaults)");
        Diagram d = Views.build(a, "deployment", Views.Options.all());
        assertThat(d.groups()).extracting(Diagram.Group::label).contains(
                "cluster ecs-main · ECS · fargate w3 base 2, fargate-spot w1", "cluster kube · EKS", "cluster sw · Docker Swarm");
        assertThat(d.nodes()).filteredOn(n -> "small".equals(n.element())).extracting(Diagram.Node::detail)
                .containsExactly("m5.large");
    }

    @Test
    void arrowsSayProtocolRoutePathsAndPortsFromTheCallFacts() {
        Architecture a = model();
        Facts f = Facts.of(a);
        assertThat(label(f, "on-fargate", "on-ec2")).isEqualTo("GRPC :9090");
        assertThat(label(f, "on-fargate", "pg")).isEqualTo(":5432");
        assertThat(label(f, "on-fargate", "jobs")).isEqualTo("async");
        // three routes to one target: the first path and how many more; the first route's port
        assertThat(label(f, "alb", "on-fargate")).isEqualTo("/a/* +2 :8080");
        assertThat(label(f, "api", "on-ec2")).isEqualTo("/x");
        assertThat(label(f, "nlb", "on-ec2")).isEmpty();
        Diagram d = Views.build(a, "dependencies", Views.Options.all());
        assertThat(d.edges()).extracting(Diagram.Edge::label, Diagram.Edge::style).contains(
                org.assertj.core.groups.Tuple.tuple("/a/* +2 :8080", Diagram.EdgeStyle.ROUTE),
                org.assertj.core.groups.Tuple.tuple("async", Diagram.EdgeStyle.ASYNC),
                org.assertj.core.groups.Tuple.tuple("GRPC :9090", Diagram.EdgeStyle.SYNC));
    }

    private static String label(Facts f, String from, String to) {
        CallFact c = f.callsFrom(from).stream().filter(x -> x.to().equals(to)).findFirst().orElseThrow();
        return Labels.call(f, c);
    }
}
