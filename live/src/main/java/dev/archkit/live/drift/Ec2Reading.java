package dev.archkit.live.drift;

import software.amazon.awssdk.services.ec2.Ec2Client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** EC2, read only: VPCs, subnets, security groups with their rules, NAT gateways. */
final class Ec2Reading {
    private final Ec2Client ec2;
    private final AwsCalls calls;

    Ec2Reading(Ec2Client ec2, AwsCalls calls) {
        this.ec2 = ec2;
        this.calls = calls;
    }

    List<Inventory.Vpc> vpcs() {
        return calls.call("ec2", "DescribeVpcs", null, () -> {
            List<Inventory.Vpc> out = new ArrayList<>();
            ec2.describeVpcsPaginator(r -> { }).forEach(p -> p.vpcs().forEach(v -> out.add(new Inventory.Vpc(v.vpcId(), v.cidrBlock(), tags(v.tags())))));
            return out;
        }, List.of());
    }

    List<Inventory.Subnet> subnets() {
        return calls.call("ec2", "DescribeSubnets", null, () -> {
            List<Inventory.Subnet> out = new ArrayList<>();
            ec2.describeSubnetsPaginator(r -> { }).forEach(p -> p.subnets().forEach(s -> out.add(new Inventory.Subnet(s.subnetId(), s.vpcId(), s.cidrBlock(),
                    s.availabilityZone(), Boolean.TRUE.equals(s.mapPublicIpOnLaunch()), tags(s.tags())))));
            return out;
        }, List.of());
    }

    /** The groups with their rules (read apart: a group whose rules could not be read has none). */
    List<Inventory.SecurityGroup> securityGroups() {
        Map<String, List<Inventory.SgRule>> rules = calls.call("ec2", "DescribeSecurityGroupRules", null, () -> {
            Map<String, List<Inventory.SgRule>> out = new LinkedHashMap<>();
            ec2.describeSecurityGroupRulesPaginator(r -> { }).forEach(p -> p.securityGroupRules().forEach(x -> out.computeIfAbsent(x.groupId(), k -> new ArrayList<>())
                    .add(new Inventory.SgRule(Boolean.TRUE.equals(x.isEgress()), x.ipProtocol(), x.fromPort() == null ? -1 : x.fromPort(),
                            x.toPort() == null ? -1 : x.toPort(), x.cidrIpv4() != null ? x.cidrIpv4() : x.cidrIpv6(),
                            x.referencedGroupInfo() == null ? null : x.referencedGroupInfo().groupId(), x.description()))));
            return out;
        }, null);
        return calls.call("ec2", "DescribeSecurityGroups", null, () -> {
            List<Inventory.SecurityGroup> out = new ArrayList<>();
            ec2.describeSecurityGroupsPaginator(r -> { }).forEach(p -> p.securityGroups().forEach(g -> out.add(new Inventory.SecurityGroup(g.groupId(), g.groupName(),
                    g.vpcId(), rules == null ? List.of() : rules.getOrDefault(g.groupId(), List.of()), tags(g.tags())))));
            return out;
        }, List.of());
    }

    List<Inventory.NatGateway> natGateways() {
        return calls.call("ec2", "DescribeNatGateways", null, () -> {
            List<Inventory.NatGateway> out = new ArrayList<>();
            ec2.describeNatGatewaysPaginator(r -> { }).forEach(p -> p.natGateways().forEach(n -> out.add(new Inventory.NatGateway(n.natGatewayId(), n.subnetId(),
                    n.stateAsString(), tags(n.tags())))));
            return out;
        }, List.of());
    }

    static Map<String, String> tags(List<software.amazon.awssdk.services.ec2.model.Tag> t) {
        Map<String, String> m = new TreeMap<>();
        if (t != null) t.forEach(x -> m.put(x.key(), x.value()));
        return AwsCalls.tags(m);
    }
}
