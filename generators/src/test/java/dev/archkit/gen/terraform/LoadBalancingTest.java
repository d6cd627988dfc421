package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import org.junit.jupiter.api.Test;

import static dev.archkit.gen.terraform.SecurityEmitterTest.arch;
import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Target groups (what load balancers forward to, on which port) and the listeners and rules that use them. */
class LoadBalancingTest {

    static final String EDGE = arch("""
              loadbalancer edge {
                subnets app-a, app-b
                listener http 80 forward web
                listener https 443 certificate "arn:aws:acm:eu-west-1:123456789012:certificate/x"
                route /api/* -> api port 9090
                route /v2/* -> api port 9090 priority 50
                route /docs/* -> docs
                route /web/* -> web
              }
              service api { image "a:1" port 8080 subnets app-a }
              service web { image "w:1" port 3000, 3001 subnets app-a }
              service docs { image "d:1" subnets app-a }
            """);

    @Test
    void aTargetGroupPerLoadBalancerServiceAndPortOnTheRoutesPortElseTheServicesFirst() {
        TargetGroups tgs = TargetGroups.of(Facts.of(text(EDGE)));
        // two routes to api on 9090 share a group; docs has no port, so no group
        assertThat(tgs.all()).containsExactly(
                new TargetGroups.TargetGroup("edge_api_9090", 9090, "edge", "api"),
                new TargetGroups.TargetGroup("edge_web_3000", 3000, "edge", "web"));
        assertThat(tgs.ofService("web")).extracting(TargetGroups.TargetGroup::label).containsExactly("edge_web_3000");
        assertThat(tgs.ofService("docs")).isEmpty();
        assertThat(tgs.find("edge", "api", 9090)).isPresent();
        assertThat(tgs.find("edge", "api", 8080)).isEmpty();
    }

    @Test
    void routesHangOnTheHttpsListenerWithPrioritiesFromAHundredUnlessGiven() {
        Facts facts = Facts.of(text(EDGE));
        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new LoadBalancerEmitter(facts, TargetGroups.of(facts), new Inputs(), BlueGreen.of(facts, TargetGroups.of(facts))).emit(d, notes);
        String alb = d.render();
        assertThat(alb).contains("resource \"aws_lb_listener_rule\" \"edge_100\"").contains("resource \"aws_lb_listener_rule\" \"edge_50\"")
                .contains("resource \"aws_lb_listener_rule\" \"edge_120\"")
                .contains("listener_arn = aws_lb_listener.edge_443.arn")
                .doesNotContain("listener_arn = aws_lb_listener.edge_80.arn")
                // the http listener forwards to web by default; the https one answers 404
                .contains("target_group_arn = aws_lb_target_group.edge_web_3000.arn")
                .contains("message_body = \"not found\"");
        // a route to a service without a port has no target group: no rule, and a note (it takes no priority)
        assertThat(alb).doesNotContain("edge_docs").doesNotContain("\"edge_130\"");
        assertThat(notes.notGenerated()).containsExactly(
                "the route /docs/* of 'edge' to 'docs' (the service declares no port: write 'port N' on the service or the route)");
    }

    @Test
    void aServiceBehindALoadBalancerWaitsForItsListenersAndRegistersItsPort() {
        Facts facts = Facts.of(text(EDGE));
        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new EcsServiceEmitter(facts, TargetGroups.of(facts), new SecretRefs(new Inputs()), BlueGreen.of(facts, TargetGroups.of(facts)), new AlarmEmitter(facts, TargetGroups.of(facts), BlueGreen.of(facts, TargetGroups.of(facts)))).emit(d, notes);
        assertThat(d.render()).contains("depends_on = [aws_lb_listener.edge_443, aws_lb_listener.edge_80]")
                .contains("target_group_arn = aws_lb_target_group.edge_api_9090.arn")
                .contains("container_port   = 9090");
        assertThat(notes.notGenerated()).contains("a task size for service 'api': none declared, 256 CPU units / 512 MiB written");
    }
}
