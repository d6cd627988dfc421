package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'archkit prices update' against a local server answering GetProducts in the Price List Query
 * API's documented format: JSON 1.1, each PriceList item a JSON document in a string, with the
 * product's attributes and its OnDemand terms.
 */
class PricesCliTest {

    HttpServer server;
    final ObjectMapper json = new ObjectMapper();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    boolean refuse;

    static final Map<String, String> SERVICE_PRICES = Map.of(
            "APN2-Fargate-vCPU-Hours:perCPU", "0.0465600000",
            "APN2-Fargate-GB-Hours", "0.0051100000",
            "APN2-Fargate-ARM-vCPU-Hours:perCPU", "0.0372500000",
            "APN2-Fargate-ARM-GB-Hours", "0.0040900000",
            "APN2-Fargate-Windows-vCPU-Hours:perCPU", "0.0999000000",
            "APN2-AmazonEKS-Hours:perCluster", "0.1000000000",
            "APN2-NatGateway-Hours", "0.0590000000",
            "APN2-NatGateway-Bytes", "0.0590000000",
            "APN2-LoadBalancerUsage", "0.0225000000",
            "APN2-LCUUsage", "0.0080000000");

    String item(String usagetype, String price) throws Exception {
        ObjectNode p = json.createObjectNode();
        ObjectNode product = p.putObject("product");
        product.put("sku", "SKU" + Math.abs(usagetype.hashCode()));
        product.putObject("attributes").put("usagetype", usagetype).put("regionCode", "ap-northeast-2");
        ObjectNode term = p.putObject("terms").putObject("OnDemand").putObject("SKU.JRTCKXETXF");
        term.putObject("priceDimensions").putObject("SKU.JRTCKXETXF.6YS6EN2CT7").put("unit", "Hrs").putObject("pricePerUnit").put("USD", price);
        return json.writeValueAsString(p);
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try {
                JsonNode req = json.readTree(ex.getRequestBody().readAllBytes());
                requests.add(ex.getRequestHeaders().getFirst("X-Amz-Target") + " " + req.path("ServiceCode").asText());
                ObjectNode resp = json.createObjectNode();
                int status = 200;
                if (refuse) {
                    status = 400;
                    resp.put("__type", "AccessDeniedException").put("message", "not authorized to perform pricing:GetProducts");
                } else {
                    resp.put("FormatVersion", "aws_v1");
                    ArrayNode list = resp.putArray("PriceList");
                    String instanceType = null;
                    for (JsonNode f : req.path("Filters")) if (f.path("Field").asText().equals("instanceType")) instanceType = f.path("Value").asText();
                    if (instanceType != null) {
                        if (!instanceType.equals("r6i.2xlarge")) list.add(item("APN2-BoxUsage:" + instanceType, "0.1180000000"));
                    } else {
                        for (var e : SERVICE_PRICES.entrySet()) list.add(item(e.getKey(), e.getValue()));
                    }
                }
                byte[] out = json.writeValueAsBytes(resp);
                ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                ex.sendResponseHeaders(status, out.length);
                ex.getResponseBody().write(out);
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void refreshesARegionAndTheCostUsesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("prices.json");
        CliTest.Run r = run("prices", "update", "--region", "ap-northeast-2", "-o", out.toString(), "--endpoint", endpoint());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("ap-northeast-2 refreshed").contains("not in the Price List, kept: fargate.ephemeral-gb-hour, ec2.r6i.2xlarge");
        JsonNode t = json.readTree(Files.readString(out));
        assertThat(t.at("/regions/ap-northeast-2/fargate/vcpu-hour").asDouble()).isEqualTo(0.04656);
        assertThat(t.at("/regions/ap-northeast-2/fargate/arm-gb-hour").asDouble()).isEqualTo(0.00409);
        assertThat(t.at("/regions/ap-northeast-2/ec2/m5.large").asDouble()).isEqualTo(0.118);
        assertThat(t.at("/regions/ap-northeast-2/fargate/spot-discount").asDouble()).as("not in the Price List: kept").isEqualTo(0.7);
        assertThat(t.at("/source").asText()).contains("refreshed from the AWS Price List Query API");
        assertThat(requests).allMatch(q -> q.startsWith("AWSPriceListService.GetProducts "));
        CliTest.Run cost = run("cost", "examples/tutorial-service.arch", "--prices", out.toString());
        assertThat(cost.code()).isZero();
        assertThat(cost.out()).contains("Prices: " + out + " of ");
    }

    @Test
    void refusedOrWithoutCredentialsExitsThree(@TempDir Path dir) {
        refuse = true;
        CliTest.Run r = run("prices", "update", "--region", "ap-northeast-2", "-o", dir.resolve("p.json").toString(), "--endpoint", endpoint());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("the Price List API refused: AccessDeniedException");
        assertThat(dir.resolve("p.json")).doesNotExist();
        CliTest.Run bad = run("prices", "update", "--region", "seoul", "-o", dir.resolve("p.json").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'seoul' is not an AWS region name");
    }
}
