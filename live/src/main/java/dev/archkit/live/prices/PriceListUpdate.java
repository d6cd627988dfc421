package dev.archkit.live.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refreshes one region of a price table from the AWS Price List Query API (GetProducts, read
 * only): Fargate (x86 and ARM vCPU and GB hours, ephemeral storage), the EKS control plane, NAT
 * gateway hours and data, ALB hours and LCUs, and every EC2 instance type the table lists for the
 * region. Everything else is kept as it was, and the result says which entries it refreshed.
 * Fargate Spot is not in the Price List: its discount stays as it was.
 */
public final class PriceListUpdate {

    public record Options(String profile, URI endpoint, AwsCredentialsProvider credentials) { }

    /** Nothing could be asked (no credentials) or the API refused; the message says which. */
    public static final class Failed extends Exception {
        public Failed(String m) { super(m); }
    }

    public record Result(ObjectNode table, List<String> refreshed, List<String> notFound) { }

    private final Options o;
    private final ObjectMapper json = new ObjectMapper();

    public PriceListUpdate(Options o) {
        this.o = o;
    }

    /** Updates {@code region} in a copy of {@code table} (the price file's JSON). */
    public Result update(JsonNode table, String region) throws Failed {
        ObjectNode out = table.deepCopy();
        ObjectNode regions = (ObjectNode) out.get("regions");
        if (regions == null) throw new Failed("the price table has no 'regions'");
        ObjectNode r = regions.has(region) ? (ObjectNode) regions.get(region) : null;
        if (r == null) {
            // a region the table does not have yet starts as a copy of us-east-1's shape, every price to refresh or check
            JsonNode template = regions.get("us-east-1");
            if (template == null) throw new Failed("the price table has no us-east-1 to copy for a new region");
            r = regions.putObject(region);
            r.setAll((ObjectNode) template.deepCopy());
        }
        List<String> refreshed = new ArrayList<>(), notFound = new ArrayList<>();
        AwsCredentialsProvider creds = o.credentials() != null ? o.credentials()
                : o.profile() != null ? ProfileCredentialsProvider.create(o.profile()) : DefaultCredentialsProvider.builder().build();
        var builder = PricingClient.builder().region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)).build());
        if (o.endpoint() != null) builder.endpointOverride(o.endpoint());
        try (PricingClient pricing = builder.build()) {
            List<JsonNode> fargate = products(pricing, "AmazonECS", region, Map.of());
            set(r, "fargate", "vcpu-hour", usage(fargate, "Fargate-vCPU-Hours:perCPU"), refreshed, notFound);
            set(r, "fargate", "gb-hour", usage(fargate, "Fargate-GB-Hours"), refreshed, notFound);
            set(r, "fargate", "arm-vcpu-hour", usage(fargate, "Fargate-ARM-vCPU-Hours:perCPU"), refreshed, notFound);
            set(r, "fargate", "arm-gb-hour", usage(fargate, "Fargate-ARM-GB-Hours"), refreshed, notFound);
            set(r, "fargate", "ephemeral-gb-hour", usage(fargate, "Fargate-EphemeralStorage-GB-Hours"), refreshed, notFound);
            List<JsonNode> eks = products(pricing, "AmazonEKS", region, Map.of());
            set(r, "eks", "cluster-hour", usage(eks, "AmazonEKS-Hours:perCluster"), refreshed, notFound);
            List<JsonNode> nat = products(pricing, "AmazonEC2", region, Map.of("productFamily", "NAT Gateway"));
            set(r, "nat", "hour", usage(nat, "NatGateway-Hours"), refreshed, notFound);
            set(r, "nat", "gb", usage(nat, "NatGateway-Bytes"), refreshed, notFound);
            List<JsonNode> alb = products(pricing, "AWSELB", region, Map.of("productFamily", "Load Balancer-Application"));
            set(r, "alb", "hour", usage(alb, "LoadBalancerUsage"), refreshed, notFound);
            set(r, "alb", "lcu-hour", usage(alb, "LCUUsage"), refreshed, notFound);
            ObjectNode ec2 = (ObjectNode) r.get("ec2");
            if (ec2 != null) {
                List<String> types = new ArrayList<>();
                ec2.fieldNames().forEachRemaining(types::add);
                for (String type : types) {
                    Double p = first(products(pricing, "AmazonEC2", region, Map.of("instanceType", type, "operatingSystem", "Linux",
                            "tenancy", "Shared", "preInstalledSw", "NA", "capacitystatus", "Used")));
                    if (p == null) notFound.add("ec2." + type);
                    else {
                        ec2.put(type, p);
                        refreshed.add("ec2." + type);
                    }
                }
            }
        } catch (AwsServiceException e) {
            throw new Failed("the Price List API refused: " + (e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage()));
        } catch (SdkClientException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(java.util.Locale.ROOT).contains("credentials")) {
                throw new Failed("no AWS credentials found: the Price List API needs any signed-in identity with pricing:GetProducts "
                        + "(aws configure, AWS_PROFILE or --profile)");
            }
            throw new Failed("could not reach the Price List API: " + m.split("\n")[0]);
        }
        out.put("date", LocalDate.now().toString());
        String source = out.path("source").asText("");
        String note = "Region " + region + " refreshed from the AWS Price List Query API on " + LocalDate.now() + ".";
        if (!source.contains(note)) out.put("source", (source.isEmpty() ? "" : source + " ") + note);
        return new Result(out, refreshed, notFound);
    }

    private List<JsonNode> products(PricingClient pricing, String service, String region, Map<String, String> filters) throws Failed {
        List<Filter> fs = new ArrayList<>();
        fs.add(Filter.builder().type(FilterType.TERM_MATCH).field("regionCode").value(region).build());
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> fs.add(Filter.builder().type(FilterType.TERM_MATCH).field(f.getKey()).value(f.getValue()).build()));
        List<JsonNode> out = new ArrayList<>();
        for (var page : pricing.getProductsPaginator(b -> b.serviceCode(service).filters(fs).formatVersion("aws_v1"))) {
            for (String item : page.priceList()) {
                try {
                    out.add(json.readTree(item));
                } catch (java.io.IOException e) {
                    throw new Failed("the Price List API answered with an item that is not JSON: " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** The on-demand USD price of the product whose usage type ends with the given one (region prefixes differ). */
    static Double usage(List<JsonNode> products, String usageType) {
        for (JsonNode p : products) {
            String ut = p.path("product").path("attributes").path("usagetype").asText("");
            if (ut.equals(usageType) || ut.endsWith("-" + usageType)) {
                Double d = first(List.of(p));
                if (d != null) return d;
            }
        }
        return null;
    }

    static Double first(List<JsonNode> products) {
        for (JsonNode p : products) {
            for (Iterator<JsonNode> terms = p.path("terms").path("OnDemand").elements(); terms.hasNext(); ) {
                for (Iterator<JsonNode> dims = terms.next().path("priceDimensions").elements(); dims.hasNext(); ) {
                    String usd = dims.next().path("pricePerUnit").path("USD").asText(null);
                    if (usd != null) {
                        try {
                            double v = Double.parseDouble(usd);
                            if (v > 0) return v;
                        } catch (NumberFormatException ignored) {
                            // a malformed price is not a price
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void set(ObjectNode region, String group, String key, Double value, List<String> refreshed, List<String> notFound) {
        if (value == null) {
            notFound.add(group + "." + key);
            return;
        }
        ObjectNode g = region.has(group) ? (ObjectNode) region.get(group) : region.putObject(group);
        g.put(key, value);
        refreshed.add(group + "." + key);
    }
}
