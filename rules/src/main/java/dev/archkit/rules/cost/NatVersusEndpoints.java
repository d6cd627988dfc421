package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.NatOrEndpoints;
import dev.archkit.rules.Listing;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.Locale;

/** cost/nat-versus-endpoints */
@RuleInfo(
        id = "cost/nat-versus-endpoints",
        severity = Severity.INFO,
        summary = "Private tasks reach AWS through a NAT gateway: its monthly cost against the VPC endpoints that would serve the same needs",
        rationale = "Image pulls from ECR, CloudWatch Logs, Secrets Manager or SSM and ECS Exec from private subnets leave through a NAT gateway unless "
                + "VPC endpoints serve them. A NAT gateway costs by the hour (with its Elastic IP) and per GB processed; an interface endpoint costs "
                + "by the hour in each zone it stands in and per GB (much less per GB than a NAT gateway), and the S3 and DynamoDB gateway endpoints "
                + "are free. Which is cheaper depends on the volume and on how many endpoints the tasks need, so the figures of both are shown, "
                + "from the price table, for the NAT gateways' declared data (or the cost model's assumption). Endpoints also keep that traffic "
                + "inside the VPC. The NAT gateways' hours are saved only if nothing else needs them: when the tasks also pull from a registry "
                + "no endpoint serves or call external systems, the gateways stay, and the finding is shown only if the endpoints would cost "
                + "less than the data charge they take off the gateways.",
        fix = "Compare the two figures: when the endpoints are cheaper (large image pulls or log volumes), declare them in the network "
                + "('endpoint ecr-dkr { service ecr.dkr; subnets ...; securitygroups ... }', an S3 gateway endpoint for the image layers); "
                + "when the NAT gateway stays cheaper, nothing is to be done. Declare 'usage data N GB' on the NAT gateways for a figure of your own.",
        references = {"WA COST08-BP02", "VPC NAT gateway pricing", "AWS PrivateLink pricing"},
        falsePositives = {
                "The volume priced on both sides is all the NAT gateways' data: the part that goes to the internet (not to AWS) stays on the NAT gateway, so the endpoints' per-GB figure is then too high and the saving on data too large.",
                "A region without prices in the table gets no finding (no figures to show).",
                "Only a registry outside the region's endpoints and calls to external elements count as needing the internet; other internet traffic the model does not state (package mirrors, webhooks) also keeps the NAT gateways, so the saving of removing them may not be there."
        })
public final class NatVersusEndpoints implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (NatOrEndpoints.Comparison c : NatOrEndpoints.of(ctx.facts(), Costs.prices(ctx))) {
            if (!c.worthShowing()) continue;   // the NAT gateways stay, and endpoints would cost more than the data charge they save
            ctx.about(c.network().element(), c.at(), message(c)).report();
        }
    }

    static String message(NatOrEndpoints.Comparison c) {
        String gb = num(c.gb()) + " GB a month (" + (c.declared() ? "declared on the NAT gateways" : "assumed where the NAT gateways declare no 'usage data'") + ")";
        StringBuilder m = new StringBuilder();
        m.append("private tasks of ").append(Listing.quoted(c.services())).append(" reach AWS (").append(String.join("; ", c.purposes())).append(") through NAT gateway")
                .append(c.nats().size() == 1 ? " " : "s ").append(Listing.quoted(c.nats())).append(": at ").append(gb).append(", the NAT gateway")
                .append(c.nats().size() == 1 ? " costs " : "s cost ").append(CostModel.usd(c.natMonthly())).append(" a month (")
                .append(c.nats().size()).append(" × ").append(num(c.hours())).append(" h × (").append(price(c.natHour())).append(" + ")
                .append(price(c.ipv4Hour())).append(" IPv4) + ").append(num(c.gb())).append(" GB × ").append(price(c.natGb())).append("), VPC endpoints for the same needs ")
                .append(CostModel.usd(c.endpointsMonthly()));
        if (c.interfaceEndpoints().isEmpty()) m.append(" (gateway endpoint");
        else {
            m.append(" (").append(c.interfaceEndpoints().size()).append(" interface endpoint").append(c.interfaceEndpoints().size() == 1 ? "" : "s").append(" ")
                    .append(String.join(", ", c.interfaceEndpoints())).append(" × ").append(c.zones()).append(c.zones() == 1 ? " zone" : " zones").append(" × ")
                    .append(num(c.hours())).append(" h × ").append(price(c.endpointHour())).append(" + ").append(num(c.gb())).append(" GB × ").append(price(c.endpointGb()));
            if (!c.gatewayEndpoints().isEmpty()) m.append("; gateway endpoint");
        }
        if (!c.gatewayEndpoints().isEmpty()) m.append(c.gatewayEndpoints().size() == 1 ? " " : "s ").append(String.join(", ", c.gatewayEndpoints())).append(" free");
        m.append(")");
        if (c.natStays()) {
            m.append("; the NAT gateways stay for what no endpoint serves (").append(String.join("; ", c.internet())).append("), so endpoints would save at most their data charge, ")
                    .append(CostModel.usd(c.natData())).append(" a month, for ").append(CostModel.usd(c.endpointsMonthly()));
        } else {
            double diff = c.natMonthly() - c.endpointsMonthly();
            m.append(diff > 0 ? "; the endpoints are cheaper by " + CostModel.usd(diff) + " a month" : diff < 0 ? "; the NAT gateway" + (c.nats().size() == 1 ? " is" : "s are")
                    + " cheaper by " + CostModel.usd(-diff) + " a month" : "; both cost the same");
        }
        return m.toString();
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** A unit price: $0.045, $0.0135 (as many decimals as it has, at least two). */
    private static String price(double d) {
        String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        int dot = s.indexOf('.');
        if (dot < 0) s = s + ".00";
        else if (s.length() - dot - 1 < 2) s = s + "0";
        return "$" + s;
    }
}
