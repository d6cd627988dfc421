package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup.IpProtocol;
import dev.archkit.model.view.Typed;

import java.util.List;

import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * network.tf, after the networks: each network ACL as an {@code aws_network_acl} with its rules as
 * {@code ingress} and {@code egress} blocks in rule-number order (AWS judges them by number; the
 * order only keeps plans readable), and an {@code aws_network_acl_association} per subnet it
 * guards. Subnets no NACL names are left to the VPC's default NACL, which allows all.
 */
final class NaclEmitter implements Emitter {
    private final Facts facts;

    NaclEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.NETWORK; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Network net : Typed.networks(facts.architecture())) {
            for (NetworkAcl nacl : net.nacls()) nacl(d, net, nacl);
        }
    }

    private void nacl(Hcl.Doc d, Network net, NetworkAcl nacl) {
        d.open("resource", "aws_network_acl", Labels.label(nacl.name()));
        d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        rules(d, "ingress", nacl.ingress());
        rules(d, "egress", nacl.egress());
        d.attr("tags", tags(nacl, facts.names().aws(nacl.name())));
        d.close().blank();
        for (String subnet : nacl.subnets().names()) {
            d.open("resource", "aws_network_acl_association", Labels.label(subnet));
            d.attr("network_acl_id", ref("aws_network_acl", nacl.name(), "id"));
            d.attr("subnet_id", ref("aws_subnet", subnet, "id"));
            d.close().blank();
        }
    }

    /** One block per rule: AWS's protocol words ("-1" for all), the ports (0 to 0 for all and icmp, every ICMP type and code). */
    private static void rules(Hcl.Doc d, String block, List<NaclRule> rules) {
        for (NaclRule r : rules) {
            d.open(block);
            d.attr("rule_no", r.number());
            d.attr("action", r.action().id());
            d.attr("protocol", r.protocol() == IpProtocol.ALL ? "-1" : r.protocol().id());
            boolean ports = r.protocol() == IpProtocol.TCP || r.protocol() == IpProtocol.UDP;
            d.attr("from_port", ports ? r.ports().from() : 0);
            d.attr("to_port", ports ? r.ports().to() : 0);
            if (r.protocol() == IpProtocol.ICMP) {
                d.attr("icmp_type", -1);
                d.attr("icmp_code", -1);
            }
            d.attr(r.cidr().ipv6() ? "ipv6_cidr_block" : "cidr_block", r.cidr().text());
            d.close();
        }
    }
}
