package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import org.junit.jupiter.api.Test;

import static dev.archkit.gen.terraform.SecurityEmitterTest.arch;
import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The smaller decisions of the emitters and of the generator that runs them. */
class EmittersTest {

    @Test
    void onlyFilesWithSomethingInThemAreWrittenBesideVersionsAndVariables() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text("architecture t {\n  region eu-west-1\n  table q { }\n}\n"), "t.arch");
        assertThat(r.files()).containsOnlyKeys("versions.tf", "variables.tf", "terraform.tfvars.example", "backend.tf.example");
        assertThat(r.notGenerated()).containsExactly("DynamoDB table 'q'");
        assertThat(r.files().get("versions.tf")).contains("# Not generated (write these by hand or with another module):\n#   - DynamoDB table 'q'\n");
        assertThat(r.files().get("variables.tf")).doesNotContain("Not generated").contains("default     = \"eu-west-1\"");
    }

    @Test
    void filesAreListedInTheirFixedOrder() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(LoadBalancingTest.EDGE), "t.arch");
        assertThat(r.files().keySet()).containsExactly("versions.tf", "variables.tf", "network.tf", "iam.tf", "ecs.tf", "alb.tf", "data.tf", "outputs.tf",
                "terraform.tfvars.example", "backend.tf.example");
        assertThat(TerraformGenerator.FILES).startsWith("versions.tf", "variables.tf").endsWith("outputs.tf", "terraform.tfvars.example", "backend.tf.example")
                .hasSize(TfFile.values().length);
    }

    /** A route written against the subnet's kind is built as written: the route fact decides the table, not 'public'. */
    @Test
    void routesWrittenAgainstTheSubnetsKindAreBuiltAsWritten() {
        Architecture a = text("""
                architecture t {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet pub-b zone eu-west-1b public 10.0.1.0/24 { route none }
                    subnet app-a zone eu-west-1a private 10.0.10.0/24 { route igw }
                    endpoint s3 { type gateway service s3 }
                  }
                }
                """);
        Hcl.Doc d = new Hcl.Doc();
        new NetworkEmitter(Facts.of(a)).emit(d, new Notes());
        String tf = d.render();
        assertThat(tf).contains("resource \"aws_route_table_association\" \"pub_a\" {\n  subnet_id      = aws_subnet.pub_a.id\n  route_table_id = aws_route_table.vpc_public.id\n}")
                .as("'route igw' on a private subnet: the public table")
                .contains("resource \"aws_route_table_association\" \"app_a\" {\n  subnet_id      = aws_subnet.app_a.id\n  route_table_id = aws_route_table.vpc_public.id\n}")
                .as("'route none' on a public subnet: a table of its own, without a default route")
                .contains("resource \"aws_route_table\" \"pub_b\"")
                .contains("resource \"aws_route_table_association\" \"pub_b\" {\n  subnet_id      = aws_subnet.pub_b.id\n  route_table_id = aws_route_table.pub_b.id\n}")
                .doesNotContain("resource \"aws_route\" \"pub_b_nat\"")
                .doesNotContain("resource \"aws_route_table\" \"app_a\"")
                .as("the gateway endpoint in both tables")
                .contains("route_table_ids   = [aws_route_table.vpc_public.id, aws_route_table.pub_b.id]");
    }

    @Test
    void aPrivateSubnetRoutesThroughTheNatThatServesItElseOneInItsZone() {
        Architecture a = text("""
                architecture t {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet pub-b zone eu-west-1b public 10.0.1.0/24
                    subnet app-a zone eu-west-1a private 10.0.10.0/24
                    subnet app-b zone eu-west-1b private 10.0.11.0/24
                    subnet app-c zone eu-west-1c private 10.0.12.0/24
                    nat nat-a subnet pub-a
                    nat nat-b subnet pub-b { serves app-a }
                  }
                }
                """);
        Hcl.Doc d = new Hcl.Doc();
        new NetworkEmitter(Facts.of(a)).emit(d, new Notes());
        // served explicitly, though nat-a shares its zone
        assertThat(d.render()).contains("resource \"aws_route\" \"app_a_nat\" {\n  route_table_id         = aws_route_table.app_a.id\n"
                + "  destination_cidr_block = \"0.0.0.0/0\"\n  nat_gateway_id         = aws_nat_gateway.nat_b.id\n}")
                // nat-b (its zone) serves only app-a: the first that serves all; app-c has no NAT in its zone
                .contains("resource \"aws_route\" \"app_b_nat\" {\n  route_table_id         = aws_route_table.app_b.id\n"
                        + "  destination_cidr_block = \"0.0.0.0/0\"\n  nat_gateway_id         = aws_nat_gateway.nat_a.id\n}")
                .contains("resource \"aws_route\" \"app_c_nat\" {\n  route_table_id         = aws_route_table.app_c.id\n"
                        + "  destination_cidr_block = \"0.0.0.0/0\"\n  nat_gateway_id         = aws_nat_gateway.nat_a.id\n}");
    }

    @Test
    void replicasDefaultToTheDesiredCountAndOnlyARangeOrAPolicyScales() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(arch("""
                  cluster main { capacity fargate }
                  service a { cluster main image "a:1" subnets app-a replicas 3 min 2 max 9 }
                  service b { cluster main image "b:1" subnets app-a replicas 4 }
                  service c { cluster main image "c:1" subnets app-a }
                """)), "t.arch");
        String ecs = r.files().get("ecs.tf");
        assertThat(ecs).contains("resource \"aws_ecs_service\" \"a\"").contains("desired_count   = 3")
                .contains("desired_count   = 4").contains("desired_count   = 1");
        // only 'a' scales: its desired count is left to autoscaling, in the range written
        assertThat(ecs.split("ignore_changes = \\[desired_count\\]", -1)).hasSize(2);
        assertThat(r.files().get("autoscaling.tf")).contains("resource \"aws_appautoscaling_target\" \"a\"")
                .contains("min_capacity       = 2").contains("max_capacity       = 9")
                .doesNotContain("\"b\"").doesNotContain("\"c\"");
    }

    @Test
    void logRetentionIsTheNextPeriodCloudWatchAccepts() {
        assertThat(EcsServiceEmitter.retention(null)).isEqualTo(30);
        assertThat(EcsServiceEmitter.retention(days(10))).isEqualTo(14);
        assertThat(EcsServiceEmitter.retention(days(14))).isEqualTo(14);
        assertThat(EcsServiceEmitter.retention(days(0))).isEqualTo(1);
        assertThat(EcsServiceEmitter.retention(days(5000))).isEqualTo(3653);
    }

    @Test
    void scalingTargetsAreNumbers() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(arch("""
                  cluster main { capacity fargate }
                  loadbalancer alb { subnets app-a, app-b listener http 80 forward api }
                  service api { cluster main image "a:1" port 8080 subnets app-a replicas 2 min 2 max 4 scale cpu 70% scale memory 62.5% scale requests 500 }
                """)), "t.arch");
        assertThat(r.files().get("autoscaling.tf")).contains("target_value = 70\n").contains("target_value = 62.5\n").contains("target_value = 500\n");
    }

    @Test
    void requestScalingNeedsAnApplicationLoadBalancerInFront() {
        Architecture a = text(arch("""
                  cluster main { capacity fargate }
                  loadbalancer nlb { type network subnets app-a, app-b listener tcp 80 forward api }
                  service api { cluster main image "a:1" port 8080 subnets app-a replicas 2 min 2 max 4 scale requests 100 scale cpu 60% }
                """));
        Facts facts = Facts.of(a);
        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new AutoscalingEmitter(facts, TargetGroups.of(facts)).emit(d, notes);
        assertThat(d.render()).contains("\"api_cpu\"").doesNotContain("\"api_requests\"").contains("max_capacity       = 4");
        assertThat(notes.notGenerated()).containsExactly("the requests-per-target scaling of 'api' (it is behind no application load balancer)");
    }

    @Test
    void theFactsGivenAreTheFactsRead() {
        Architecture a = text(arch("""
                  cluster main { capacity fargate }
                  database orders { engine postgres subnets app-a, app-b }
                  service api { cluster main image "a:1" port 8080 subnets app-a }
                  environment prod { stage production }
                """));
        Architecture prod = a.forEnvironment("prod");
        TerraformGenerator.Result fromFacts = TerraformGenerator.generate(Facts.of(prod), "t.arch");
        assertThat(fromFacts.files()).isEqualTo(TerraformGenerator.generate(prod, "t.arch").files());
        // the environment's AWS names come from the facts of that view
        assertThat(fromFacts.files().get("ecs.tf")).contains("name            = \"t-prod-api\"");
        assertThat(fromFacts.files().get("data.tf")).contains("identifier                  = \"t-prod-orders\"");
        assertThat(TerraformGenerator.generate(Facts.of(a), "t.arch").files().get("ecs.tf")).contains("name            = \"t-api\"");
    }

    static Value.Duration days(long n) { return new Value.Duration(n * 86_400_000L, Location.UNKNOWN); }

    @Test
    void aLongRuleDescriptionListsWholeReasonsThenHowManyMore() {
        java.util.List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) reasons.add("service-number-" + i + " to db");
        String d = Labels.listing("from ", reasons);
        assertThat(d.length()).isLessThanOrEqualTo(Labels.DESCRIPTION);
        assertThat(d).startsWith("from service-number-0 to db, service-number-1 to db").matches(".*to db and \\d+ more");
        int listed = d.split(", ").length;
        assertThat(d).endsWith(" and " + (40 - listed) + " more");
        assertThat(Labels.listing("HTTPS: ", java.util.List.of("a", "b"))).isEqualTo("HTTPS: a, b");
    }
}
