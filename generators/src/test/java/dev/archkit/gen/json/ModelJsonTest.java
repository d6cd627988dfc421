package dev.archkit.gen.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.facts.Facts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelJsonTest {

    static Architecture text(String t) {
        var r = ModelBuilder.buildText("t.arch", t);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    static final String MODEL = """
            architecture shop {
              region eu-west-1
              zones eu-west-1a, eu-west-1b
              network main 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.10.0/24
                subnet app-b zone eu-west-1b private 10.0.11.0/24
              }
              securitygroup lb-sg { ingress tcp 443 from 0.0.0.0/0 }
              securitygroup app-sg { ingress tcp 8000-8999 from lb-sg ingress all from self }
              loadbalancer lb { subnets app-a, app-b securitygroups lb-sg listener https 443 route /api/* -> api }
              service api { runtime fargate port 8080 subnets app-a, app-b securitygroups app-sg }
              database db { engine postgres zone eu-west-1b }
              queue jobs { }
              api -> db { timeout 1s }
              api ~> jobs
            }
            """;

    @Test
    void theGraphPartIsTheFactsGraph() throws Exception {
        Architecture a = text(MODEL);
        JsonNode g = new ObjectMapper().readTree(new ModelJson(false).write(Facts.of(a))).get("graph");
        List<String> edges = new ArrayList<>();
        for (JsonNode e : g.get("dependencies").get("edges")) {
            edges.add(e.get("from").asText() + ">" + e.get("to").asText() + " " + e.get("mode").asText() + " " + e.get("origin").asText());
        }
        assertThat(edges).containsExactly("api>db sync dependency", "api>jobs async dependency", "lb>api sync route");
        List<String> flows = new ArrayList<>();
        for (JsonNode f : g.get("network").get("flows")) {
            flows.add(f.get("from").asText() + ">" + f.get("to").asText() + " " + f.get("protocol").asText() + " " + f.get("ports").asText());
        }
        // sorted by source as the graph names it (a CIDR as cidr:...), then target and port
        assertThat(flows).containsExactly("api>api all all", "0.0.0.0/0>lb tcp 443", "lb>api tcp 8000-8999");
        JsonNode place = g.get("placement");
        List<String> placed = new ArrayList<>();
        place.fieldNames().forEachRemaining(placed::add);
        // elements and subnets with their zones; a database placed by its zone alone counts too
        assertThat(placed).containsExactly("api", "app-a", "app-b", "db", "lb");
        assertThat(place.get("db").toString()).isEqualTo("[\"eu-west-1b\"]");
        assertThat(place.get("api").toString()).isEqualTo("[\"eu-west-1a\",\"eu-west-1b\"]");
        // each subnet's default route: private subnets without a NAT gateway lead nowhere
        assertThat(g.get("network").get("routes").toString()).isEqualTo("{\"app-a\":\"none\",\"app-b\":\"none\"}");
    }

    @Test
    void theModelAloneHasNoGraphAndWithTheFactsItHasOne() {
        Architecture a = text(MODEL);
        ModelJson json = new ModelJson(true);
        assertThat(json.write(a)).doesNotContain("\"graph\"").contains("\"kind\" : \"service\"");
        String withFacts = json.write(Facts.of(a));
        assertThat(withFacts).contains("\"graph\"");
        assertThat(withFacts).startsWith(json.write(a).substring(0, json.write(a).indexOf("\"elements\"")));
    }

    @Test
    void everyExampleWritesTheSameJsonTwice() {
        for (String ex : List.of("fintech", "eks-platform", "tutorial-service", "open-market")) {
            var r = ModelBuilder.build(Path.of("..", "examples", ex + ".arch"));
            Architecture a = r.architecture();
            String one = new ModelJson(true).write(Facts.of(a));
            assertThat(one).as(ex).isEqualTo(new ModelJson(true).write(Facts.of(a))).contains("\"placement\"");
        }
    }
}
