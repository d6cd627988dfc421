package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.Value;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.List;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.refs;
import static dev.archkit.gen.terraform.TfExpr.ids;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * network.tf: per network a VPC, its subnets, an internet gateway and a public route table for
 * the subnets whose route leads to it, its NAT gateways, a route table for every other subnet
 * (through the NAT gateway its route leads through, or none), and its VPC endpoints. Routes follow
 * the route fact, so a route written against the subnet's kind ('route igw' on a private subnet,
 * 'route none' on a public one) is built as written.
 */
final class NetworkEmitter implements Emitter {
    private final Facts facts;

    NetworkEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.NETWORK; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Network net : Typed.networks(facts.architecture())) network(d, notes, net);
    }

    private void network(Hcl.Doc d, Notes notes, Network net) {
        String vpc = Labels.label(net.name());
        d.open("resource", "aws_vpc", vpc);
        d.attr("cidr_block", net.cidr().map(Value::text).orElseThrow());
        d.attr("enable_dns_support", true);
        d.attr("enable_dns_hostnames", !net.dnsHostnamesDeclared() || net.dnsHostnames());
        d.attr("tags", tags(net, aws(net.name())));
        d.close().blank();
        if (net.flowLogs()) notes.notGenerated("VPC flow logs of '" + net.name() + "' (a log destination and a role)");
        List<Subnet> subnets = net.subnets();
        List<Nat> nats = net.nats();
        // the internet gateway and the public route table serve the subnets whose route (the route
        // fact: as written, else public -> igw) leads to the gateway; a NAT gateway needs it too
        boolean anyPublic = subnets.stream().anyMatch(s -> s.isPublic() || viaIgw(s));
        for (Subnet s : subnets) {
            d.open("resource", "aws_subnet", Labels.label(s.name()));
            d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
            d.attr("cidr_block", s.cidr().map(Value::text).orElseThrow());
            d.attr("availability_zone", s.zone());
            if (s.isPublic()) d.attr("map_public_ip_on_launch", false);
            d.attr("tags", tags(s, aws(s.name())));
            d.close().blank();
        }
        if (anyPublic) publicRoutes(d, net, subnets);
        for (Nat n : nats) {
            String l = Labels.label(n.name());
            d.open("resource", "aws_eip", l);
            d.attr("domain", "vpc");
            d.attr("tags", tags(n, aws(n.name())));
            d.close().blank();
            d.open("resource", "aws_nat_gateway", l);
            d.attr("allocation_id", ref("aws_eip", n.name(), "id"));
            d.attr("subnet_id", ref("aws_subnet", n.subnet(), "id"));
            d.attr("tags", tags(n, aws(n.name())));
            if (anyPublic) d.attr("depends_on", refs(List.of("aws_internet_gateway." + vpc)));
            d.close().blank();
        }
        for (Subnet s : subnets) if (!viaIgw(s)) privateRoutes(d, s, natOf(s), vpc);
        for (Endpoint ep : net.endpoints()) endpoint(d, net, ep, anyPublic);
    }

    /** True when a subnet's default route (the route fact) leads to the internet gateway. */
    private boolean viaIgw(Subnet s) { return facts.route(s).target() == Route.Target.IGW; }

    /** The NAT gateway a private subnet's default route leads through (the route fact: as written, else the serving NAT), or null. */
    private Nat natOf(Subnet s) {
        Route r = facts.route(s);
        if (r.target() != Route.Target.NAT || r.nat().isEmpty()) return null;
        var e = facts.architecture().element(dev.archkit.model.view.Kind.NAT.id(), r.nat().get());
        return dev.archkit.model.view.Kind.NAT.is(e) ? new Nat(e) : null;
    }

    /**
     * A VPC endpoint: an interface endpoint in its subnets behind its groups; a gateway endpoint as
     * a route in every route table of its network.
     */
    private void endpoint(Hcl.Doc d, Network net, Endpoint ep, boolean anyPublic) {
        if (ep.service() == null) return;
        d.open("resource", "aws_vpc_endpoint", Labels.label(ep.name()));
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("service_name", Hcl.interp("com.amazonaws.${var.region}." + ep.service()));
        if (ep.type() == Endpoint.Type.GATEWAY) {
            d.attr("vpc_endpoint_type", "Gateway");
            List<String> tables = new java.util.ArrayList<>();
            if (anyPublic) tables.add("aws_route_table." + Labels.label(net.name()) + "_public.id");
            for (Subnet s : net.subnets()) if (!viaIgw(s)) tables.add("aws_route_table." + Labels.label(s.name()) + ".id");
            d.attr("route_table_ids", refs(tables));
        } else {
            d.attr("vpc_endpoint_type", "Interface");
            d.attr("subnet_ids", ids("aws_subnet", ep.subnets().names()));
            if (!ep.securityGroups().isEmpty()) d.attr("security_group_ids", ids("aws_security_group", ep.securityGroups().names()));
            d.attr("private_dns_enabled", ep.privateDns());
        }
        d.attr("tags", tags(ep, aws(ep.name())));
        d.close().blank();
    }

    /** The internet gateway, the public route table with its default route, and its associations. */
    private void publicRoutes(Hcl.Doc d, Network net, List<Subnet> subnets) {
        String vpc = Labels.label(net.name());
        d.open("resource", "aws_internet_gateway", vpc);
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", obj().put("Name", aws(net.name())).put("archkit:element", net.name()).build());
        d.close().blank();
        String rt = vpc + "_public";
        d.open("resource", "aws_route_table", rt);
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", obj().put("Name", aws(net.name() + "-public")).put("archkit:element", net.name()).build());
        d.close().blank();
        d.open("resource", "aws_route", rt + "_internet");
        d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
        d.attr("destination_cidr_block", "0.0.0.0/0");
        d.attr("gateway_id", Hcl.raw("aws_internet_gateway." + vpc + ".id"));
        d.close().blank();
        for (Subnet s : subnets) {
            if (!viaIgw(s)) continue;
            d.open("resource", "aws_route_table_association", Labels.label(s.name()));
            d.attr("subnet_id", ref("aws_subnet", s.name(), "id"));
            d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
            d.close().blank();
        }
    }

    /**
     * The own route table of a subnet whose route does not lead to the internet gateway: through
     * its NAT gateway, if its route names one, else no default route ('route none', also written
     * on a public subnet).
     */
    private void privateRoutes(Hcl.Doc d, Subnet s, Nat nat, String vpc) {
        String rt = Labels.label(s.name());
        d.open("resource", "aws_route_table", rt);
        d.attr("vpc_id", Hcl.raw("aws_vpc." + vpc + ".id"));
        d.attr("tags", tags(s, aws(s.name())));
        d.close().blank();
        if (nat != null) {
            d.open("resource", "aws_route", rt + "_nat");
            d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
            d.attr("destination_cidr_block", "0.0.0.0/0");
            d.attr("nat_gateway_id", ref("aws_nat_gateway", nat.name(), "id"));
            d.close().blank();
        }
        d.open("resource", "aws_route_table_association", rt);
        d.attr("subnet_id", Hcl.raw("aws_subnet." + rt + ".id"));
        d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
        d.close().blank();
    }

    private String aws(String name) { return facts.names().aws(name); }
}
