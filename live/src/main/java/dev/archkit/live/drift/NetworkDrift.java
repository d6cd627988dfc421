package dev.archkit.live.drift;

import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

/** VPCs, their subnets and NAT gateways: found, and with the declared CIDRs, zones and subnets. */
final class NetworkDrift {
    private NetworkDrift() { }

    static void networks(Comparison c) {
        for (Network net : Typed.networks(c.a)) {
            Inventory.Vpc vpc = null;
            for (Inventory.Vpc v : c.inv.vpcs()) if (c.is(Kind.NETWORK, net.name(), null, v.id(), v.tags(), 0)) { vpc = v; break; }
            if (vpc == null) {
                c.missing(net, "ec2.DescribeVpcs");
            } else {
                c.matched.add(vpc);
                c.vpcIds.add(vpc.id());
                c.changed(net, net.location(), "CIDR", net.cidr().map(Value::text).orElse(null), vpc.cidr());
            }
            for (Subnet s : net.subnets()) {
                Inventory.Subnet live = null;
                for (Inventory.Subnet x : c.inv.subnets()) if (c.is(Kind.SUBNET, s.name(), null, x.id(), x.tags(), 0)) { live = x; break; }
                if (live == null) {
                    c.missing(s, "ec2.DescribeSubnets");
                    continue;
                }
                c.matched.add(live);
                c.subnetNames.put(live.id(), s.name());
                c.changed(s, s.location(), "CIDR", s.cidr().map(Value::text).orElse(null), live.cidr());
                c.changed(s, s.location(), "zone", s.zone(), live.zone());
            }
        }
    }

    static void nats(Comparison c) {
        for (Nat n : Typed.nats(c.a)) {
            Inventory.NatGateway live = null;
            for (Inventory.NatGateway x : c.inv.natGateways()) {
                if (!"deleted".equals(x.state()) && c.is(Kind.NAT, n.name(), null, x.id(), x.tags(), 0)) { live = x; break; }
            }
            if (live == null) { c.missing(n, "ec2.DescribeNatGateways"); continue; }
            c.matched.add(live);
            c.natNames.put(live.id(), n.name());
            String subnet = c.subnetName(live.subnetId());
            if (subnet == null) c.unknown(n, "subnet", n.location(), "its subnet is not known: " + c.reasonFor("ec2.DescribeSubnets"));
            else c.changed(n, n.location(), "subnet", n.subnet(), subnet);
        }
    }
}
