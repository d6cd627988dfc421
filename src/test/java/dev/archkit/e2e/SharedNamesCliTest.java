package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are unique per namespace (every node kind shares one; each other kind has its own): a
 * network, a subnet, a NAT gateway, a security group, a cluster, a role, an alarm and a service
 * all called 'orders' are eight elements, and every output keeps them apart.
 */
class SharedNamesCliTest {

    static final String FIXTURE = "src/test/resources/shared-names/shared-names.arch";

    @Test
    void checkFindsNothingWrongWithSharedNames() {
        CliTest.Run r = run("check", FIXTURE);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("input valid; findings: 0 errors, 0 warnings");
    }

    @Test
    void theModelJsonKeepsEveryKindApart() throws Exception {
        CliTest.Run r = run("graph", FIXTURE, "--no-locations");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> orders = new ArrayList<>();
        collect(root.get("elements"), orders);
        assertThat(orders).containsExactlyInAnyOrder("network", "subnet", "nat", "securitygroup", "cluster", "role", "service", "alarm");
        JsonNode placement = root.get("graph").get("placement");
        // the subnet, the NAT gateway and the service named alike are three places, each with its own zones
        assertThat(placement.get("subnet:orders").toString()).isEqualTo("[\"eu-west-1a\"]");
        assertThat(placement.get("nat:orders").toString()).isEqualTo("[\"eu-west-1a\"]");
        assertThat(placement.get("orders").toString()).isEqualTo("[\"eu-west-1a\",\"eu-west-1b\"]");
        assertThat(placement.get("nat:app-b").toString()).isEqualTo("[\"eu-west-1b\"]");
        assertThat(placement.get("subnet:app-b").toString()).isEqualTo("[\"eu-west-1b\"]");
        assertThat(root.get("graph").get("network").get("securitygroups").toString())
                .contains("{\"name\":\"orders\",\"members\":[\"orders\"]}");
    }

    private static void collect(JsonNode elements, List<String> kindsNamedOrders) {
        for (JsonNode e : elements) {
            if (e.get("name").asText().equals("orders")) kindsNamedOrders.add(e.get("kind").asText());
            if (e.has("children")) collect(e.get("children"), kindsNamedOrders);
        }
    }

    @Test
    void everyDiagramGivesEachElementItsOwnNode(@TempDir Path dir) throws Exception {
        CliTest.Run r = run("render", FIXTURE, "--format", "dot,mermaid,puml", "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String network = Files.readString(dir.resolve("shared-names-network.dot"));
        assertThat(network).contains("n_nat_orders [label=\"orders\\nNAT gateway\"]").contains("n_orders_orders [label=\"orders\\nFargate")
                .contains("n_nat_app_b [label=\"app-b\\nNAT gateway\"]").contains("subgraph cluster_n_subnet_app_b");
        Pattern dotNode = Pattern.compile("(?m)^\\s*(n_\\w+) \\[label=");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".dot")).toList()) {
                Set<String> ids = new HashSet<>();
                Matcher m = dotNode.matcher(Files.readString(f));
                while (m.find()) assertThat(ids.add(m.group(1))).as(f + ": " + m.group(1) + " drawn twice").isTrue();
            }
        }
    }

    @Test
    void terraformWritesOneResourcePerElementAndEveryReferenceResolves(@TempDir Path dir) throws Exception {
        CliTest.Run r = run("terraform", FIXTURE, "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) all.append(Files.readString(f)).append('\n');
        }
        String tf = all.toString();
        Set<String> declared = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^resource \"(\\w+)\" \"(\\w+)\"").matcher(tf);
        while (m.find()) assertThat(declared.add(m.group(1) + "." + m.group(2))).as(m.group() + " twice").isTrue();
        assertThat(declared).contains("aws_vpc.orders", "aws_subnet.orders", "aws_nat_gateway.orders", "aws_security_group.orders",
                "aws_ecs_cluster.orders", "aws_iam_role.orders", "aws_ecs_service.orders", "aws_cloudwatch_metric_alarm.orders",
                "aws_subnet.app_b", "aws_nat_gateway.app_b");
        Matcher ref = Pattern.compile("(?<![\\w.\"])(aws_\\w+)\\.(\\w+)\\.(?:id|arn|name|arn_suffix)\\b").matcher(tf);
        while (ref.find()) assertThat(declared).as("reference " + ref.group()).contains(ref.group(1) + "." + ref.group(2));
        // the service runs in the cluster, behind the group and with the role called like it; its private subnets route through their NATs
        String service = block(tf, "resource \"aws_ecs_service\" \"orders\"");
        assertThat(service).contains("cluster                            = aws_ecs_cluster.orders.id").contains("aws_security_group.orders.id")
                .contains("aws_subnet.orders.id").contains("aws_subnet.app_b.id");
        assertThat(block(tf, "resource \"aws_ecs_task_definition\" \"orders\"")).contains("task_role_arn            = aws_iam_role.orders.arn");
        assertThat(block(tf, "resource \"aws_route\" \"orders_nat\"")).contains("nat_gateway_id         = aws_nat_gateway.orders.id");
        assertThat(block(tf, "resource \"aws_route\" \"app_b_nat\"")).contains("nat_gateway_id         = aws_nat_gateway.app_b.id");
    }

    private static String block(String tf, String head) {
        int i = tf.indexOf(head);
        assertThat(i).as(head).isNotNegative();
        return tf.substring(i, tf.indexOf("\n}\n", i));
    }

    @Test
    void aReferenceThatCouldNameTwoElementsIsALocatedErrorWithAHint(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ambiguous.arch");
        Files.writeString(f, """
                architecture ambiguous {
                  region eu-west-1
                  cloudmap orders { }
                  loadbalancer orders { type application }
                  service web { }
                  service api { }
                  web -> api { via orders }
                }
                """);
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains(f + ":7:20: error: 'orders' could name the cloudmap 'orders' or the loadbalancer 'orders' [ambiguous-reference]")
                .contains("hint: names are unique per kind only, and either kind fits here: rename one of them");
    }

    @Test
    void twoElementsOfOneNamespaceMayNotShareAName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("twice.arch");
        Files.writeString(f, """
                architecture twice {
                  region eu-west-1
                  service orders { }
                  database orders { engine postgres }
                  securitygroup web { }
                  securitygroup web { }
                }
                """);
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains(f + ":4:12: error: 'orders' is declared twice [duplicate]")
                .contains("share one namespace (a dependency names them without their kind): rename one")
                .contains(f + ":6:17: error: 'web' is declared twice [duplicate]")
                .contains("a securitygroup's name is unique among the securitygroups of the architecture and its imports: rename one");
    }
}
