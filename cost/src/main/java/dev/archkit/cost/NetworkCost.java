package dev.archkit.cost;

import dev.archkit.cost.CostModel.Item;
import dev.archkit.facts.Facts;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Settings;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.cost.Numbers.fmt;
import static dev.archkit.cost.Numbers.round;

/**
 * Traffic: load balancers (hours, LCUs from declared usage, public IPv4 per zone when
 * internet-facing), NAT gateways (hours, data processed, their Elastic IP), VPC endpoints and API Gateway
 * requests. The zones a load balancer stands in are a fact.
 */
final class NetworkCost {
    private final Facts facts;
    private final Ledger ledger;
    private final PriceTable.Region p;
    private final double hours;

    NetworkCost(Facts facts, Ledger ledger) {
        this.facts = facts;
        this.ledger = ledger;
        this.p = ledger.prices;
        this.hours = ledger.hours;
    }

    /** A type of load balancer: its prices by the hour and per LCU-hour (none for a Classic LB), and what the report calls it. */
    private enum Group {
        ALB(Price.ALB_HOUR, Price.ALB_LCU_HOUR, "ALB"), NLB(Price.NLB_HOUR, Price.NLB_LCU_HOUR, "NLB"), CLB(Price.CLB_HOUR, null, "Classic LB");
        final Price hour;
        final Price lcuHour;
        final String label;
        Group(Price hour, Price lcuHour, String label) { this.hour = hour; this.lcuHour = lcuHour; this.label = label; }

        static Group of(LoadBalancer.Type t) {
            return switch (t) {
                case NETWORK -> NLB;
                case CLASSIC -> CLB;
                case APPLICATION -> ALB;
            };
        }
    }

    void loadBalancer(LoadBalancer lb) {
        Group group = Group.of(lb.type());
        List<Item> items = new ArrayList<>();
        items.add(Item.flat(group.label + " hours", hours * p.get(group.hour)));
        double rps = lb.rps().orElse(-1.0);
        double dataGb = lb.dataPerMonth().map(d -> d.mib() / 1024.0).orElse(-1.0);
        if (group == Group.CLB) {
            double gbs = dataGb < 0 ? 0 : dataGb;
            if (dataGb < 0) ledger.assume(lb, lb.location(), "data processed undeclared; priced at 0 GB (declare: usage data N GB)");
            items.add(Item.flat("data processed, " + fmt(gbs) + " GB", gbs * p.get(Price.CLB_GB)));
        } else {
            double lcu;
            String why;
            if (rps < 0 && dataGb < 0) {
                lcu = CostModel.DEFAULT_LCU;
                why = "assumed";
                ledger.assume(lb, lb.location(), "traffic undeclared; assumed " + fmt(lcu)
                        + " LCU on average (declare: usage rps N data N GB)");
            } else {
                int routes = lb.routes().size();
                double byData = Math.max(dataGb, 0) / hours;                  // 1 LCU = 1 GB per hour processed
                double byConnections = Math.max(rps, 0) / 10 / 25;             // 10 requests per connection, 25 new connections per LCU
                double byRules = Math.max(rps, 0) * Math.max(0, routes - 10) / 1000; // rule evaluations beyond the 10 free
                lcu = group == Group.NLB ? Math.max(byData, Math.max(rps, 0) / 10 / 800) : Math.max(byData, Math.max(byConnections, byRules));
                why = "from declared usage";
            }
            items.add(Item.flat(fmt(round(lcu, 3)) + " LCU average (" + why + ")", lcu * hours * p.get(group.lcuHour)));
        }
        if (lb.isInternetFacing()) {
            int zones = zones(lb);
            items.add(Item.flat("public IPv4, one per zone × " + zones, zones * hours * p.get(Price.IPV4_HOUR)));
        }
        ledger.line(lb, items, null);
    }

    /** The zones of its subnets; without subnets, the architecture's zones, at least two (AWS requires two). */
    private int zones(LoadBalancer lb) {
        int placed = facts.zones(lb.name()).size();
        if (placed > 0) return placed;
        return Math.max(2, new Settings(facts.architecture()).zones().size());
    }

    void nat(Nat n) {
        List<Item> items = new ArrayList<>();
        items.add(Item.flat("NAT gateway hours", hours * p.get(Price.NAT_HOUR)));
        double gb;
        String why;
        if (n.dataPerMonth().isPresent()) {
            gb = n.dataPerMonth().get().mib() / 1024.0;
            why = "declared";
        } else {
            gb = CostModel.DEFAULT_NAT_GB;
            why = "assumed";
            ledger.assume(n, n.location(), "data processed undeclared; assumed " + fmt(gb)
                    + " GB a month (declare: usage data N GB)");
        }
        items.add(Item.flat("data processed, " + fmt(gb) + " GB (" + why + ")", gb * p.get(Price.NAT_GB)));
        items.add(Item.flat("public IPv4 (its Elastic IP)", hours * p.get(Price.IPV4_HOUR)));
        ledger.line(n, items, null);
    }

    /**
     * A VPC endpoint: a gateway endpoint (S3, DynamoDB) costs nothing; an interface endpoint is
     * priced per hour in each zone it stands in, plus per GB processed.
     */
    void endpoint(Endpoint ep) {
        List<Item> items = new ArrayList<>();
        if (ep.type() == Endpoint.Type.GATEWAY) {
            items.add(Item.flat("gateway endpoint (" + ep.service() + "): no charge", 0));
            ledger.line(ep, items, null);
            return;
        }
        int zones = Math.max(1, facts.zones(ep.element()).size());
        items.add(Item.flat("interface endpoint (" + ep.service() + ") hours, " + zones + (zones == 1 ? " zone" : " zones"),
                zones * hours * p.get(Price.VPC_ENDPOINT_HOUR)));
        double gb;
        String why;
        if (ep.dataPerMonth().isPresent()) {
            gb = ep.dataPerMonth().get().mib() / 1024.0;
            why = "declared";
        } else {
            gb = CostModel.DEFAULT_ENDPOINT_GB;
            why = "assumed";
            ledger.assume(ep, ep.location(), "data processed undeclared; assumed " + fmt(gb) + " GB a month (declare: usage data N GB)");
        }
        items.add(Item.flat("data processed, " + fmt(gb) + " GB (" + why + ")", gb * p.get(Price.VPC_ENDPOINT_GB)));
        ledger.line(ep, items, null);
    }

    void apiGateway(ApiGateway g) {
        ApiGateway.Type type = g.type().orElse(ApiGateway.Type.REST);
        if (type == ApiGateway.Type.WEBSOCKET) {
            ledger.perUse(g, "WebSocket APIs are priced per message and connection minute");
            return;
        }
        double rps;
        if (g.rps().isPresent()) rps = g.rps().get();
        else {
            rps = CostModel.DEFAULT_API_RPS;
            ledger.assume(g, g.location(), "request rate undeclared; assumed " + fmt(rps) + " request per second (declare: usage rps N)");
        }
        double millions = rps * 3600 * hours / 1e6;
        boolean http = type == ApiGateway.Type.HTTP;
        double rate = p.get(http ? Price.APIGATEWAY_HTTP_MILLION : Price.APIGATEWAY_REST_MILLION);
        ledger.line(g, List.of(Item.flat((http ? "HTTP API" : "REST API") + " requests, " + fmt(round(millions, 2)) + " million", millions * rate)), null);
    }
}
