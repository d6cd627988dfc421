package dev.archkit.gen.terraform;

import dev.archkit.model.Element;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.refs;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * network.tf: per network a VPC, its subnets, an internet gateway and a public route table when
 * any subnet is public, its NAT gateways, and a route table per private subnet (through the NAT
 * gateway that serves it).
 */
final class NetworkEmitter implements Emitter {
    private final TerraformInputs in;

    NetworkEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.NETWORK; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element net : in.architecture().elementsOfKind("network")) network(d, notes, net);
    }

    private void network(Hcl.Doc d, Notes notes, Element net) {
        String vpc = Labels.label(net.name());
        d.open("resource", "aws_vpc", vpc);
        d.attr("cidr_block", net.value("cidr").text());
        d.attr("enable_dns_support", true);
        d.attr("enable_dns_hostnames", net.has("dns-hostnames") ? net.flag("dns-hostnames") : true);
        d.attr("tags", tags(net, in.awsName(net.name())));
        d.close().blank();
        if (net.flag("flow-logs")) notes.notGenerated("VPC flow logs of '" + net.name() + "' (a log destination and a role)");
        List<Element> subnets = new ArrayList<>(), nats = new ArrayList<>();
        for (Element c : net.children()) {
            if (c.kind().equals("subnet")) subnets.add(c);
            if (c.kind().equals("nat")) nats.add(c);
        }
        boolean anyPublic = subnets.stream().anyMatch(NetworkEmitter::isPublic);
        for (Element s : subnets) {
            d.open("resource", "aws_subnet", Labels.label(s.name()));
            d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
            d.attr("cidr_block", s.value("cidr").text());
            d.attr("availability_zone", s.string("zone"));
            if (isPublic(s)) d.attr("map_public_ip_on_launch", false);
            d.attr("tags", tags(s, in.awsName(s.name())));
            d.close().blank();
        }
        if (anyPublic) publicRoutes(d, net, subnets);
        for (Element n : nats) {
            String l = Labels.label(n.name());
            d.open("resource", "aws_eip", l);
            d.attr("domain", "vpc");
            d.attr("tags", tags(n, in.awsName(n.name())));
            d.close().blank();
            d.open("resource", "aws_nat_gateway", l);
            d.attr("allocation_id", ref("aws_eip", n.name(), "id"));
            d.attr("subnet_id", ref("aws_subnet", n.string("subnet"), "id"));
            d.attr("tags", tags(n, in.awsName(n.name())));
            if (anyPublic) d.attr("depends_on", refs(List.of("aws_internet_gateway." + vpc)));
            d.close().blank();
        }
        for (Element s : subnets) if (!isPublic(s)) privateRoutes(d, s, in.natFor(s, nats), vpc);
    }

    /** The internet gateway, the public route table with its default route, and its associations. */
    private void publicRoutes(Hcl.Doc d, Element net, List<Element> subnets) {
        String vpc = Labels.label(net.name());
        d.open("resource", "aws_internet_gateway", vpc);
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", obj().put("Name", in.awsName(net.name())).put("archkit:element", net.name()).build());
        d.close().blank();
        String rt = vpc + "-public";
        d.open("resource", "aws_route_table", rt);
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", obj().put("Name", in.awsName(net.name() + "-public")).put("archkit:element", net.name()).build());
        d.close().blank();
        d.open("resource", "aws_route", rt + "-internet");
        d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
        d.attr("destination_cidr_block", "0.0.0.0/0");
        d.attr("gateway_id", Hcl.raw("aws_internet_gateway." + vpc + ".id"));
        d.close().blank();
        for (Element s : subnets) {
            if (!isPublic(s)) continue;
            d.open("resource", "aws_route_table_association", Labels.label(s.name()));
            d.attr("subnet_id", ref("aws_subnet", s.name(), "id"));
            d.attr("route_table_id", Hcl.raw("aws_route_table." + rt + ".id"));
            d.close().blank();
        }
    }

    /** A private subnet's own route table: to the internet through its NAT gateway, if it has one. */
    private void privateRoutes(Hcl.Doc d, Element s, Element nat, String vpc) {
        String rt = Labels.label(s.name());
        d.open("resource", "aws_route_table", rt);
        d.attr("vpc_id", Hcl.raw("aws_vpc." + vpc + ".id"));
        d.attr("tags", tags(s, in.awsName(s.name())));
        d.close().blank();
        if (nat != null) {
            d.open("resource", "aws_route", rt + "-nat");
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

    private static boolean isPublic(Element subnet) { return "public".equals(subnet.string("tier")); }
}
