package dev.archkit.live.drift;

import software.amazon.awssdk.services.ec2.Ec2Client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * EC2, read only: VPCs, subnets, security groups with their rules, NAT gateways, VPC endpoints,
 * route tables and network ACLs. A list that failed part way keeps what it read (and is recorded
 * as incomplete); a group's rules are null, not empty, when the rules could not all be read.
 */
final class Ec2Reading {
    private final Ec2Client ec2;
    private final AwsCalls calls;

    Ec2Reading(Ec2Client ec2, AwsCalls calls) {
        this.ec2 = ec2;
        this.calls = calls;
    }

    List<Inventory.Vpc> vpcs() {
        return calls.<Inventory.Vpc>list("ec2", "DescribeVpcs", null, sink -> ec2.describeVpcsPaginator(r -> { })
                .forEach(p -> p.vpcs().forEach(v -> sink.accept(new Inventory.Vpc(v.vpcId(), v.cidrBlock(), tags(v.tags())))))).items();
    }

    List<Inventory.Subnet> subnets() {
        return calls.<Inventory.Subnet>list("ec2", "DescribeSubnets", null, sink -> ec2.describeSubnetsPaginator(r -> { })
                .forEach(p -> p.subnets().forEach(s -> sink.accept(new Inventory.Subnet(s.subnetId(), s.vpcId(), s.cidrBlock(),
                        s.availabilityZone(), Boolean.TRUE.equals(s.mapPublicIpOnLaunch()), tags(s.tags())))))).items();
    }

    /** A rule read apart from its group. */
    private record GroupRule(String group, Inventory.SgRule rule) { }

    /** The groups with their rules; when the rules could not all be read, every group's rules are unknown (null). */
    List<Inventory.SecurityGroup> securityGroups() {
        AwsCalls.Listing<GroupRule> rules = calls.list("ec2", "DescribeSecurityGroupRules", null, sink -> ec2.describeSecurityGroupRulesPaginator(r -> { })
                .forEach(p -> p.securityGroupRules().forEach(x -> sink.accept(new GroupRule(x.groupId(),
                        new Inventory.SgRule(Boolean.TRUE.equals(x.isEgress()), x.ipProtocol(), x.fromPort() == null ? -1 : x.fromPort(),
                                x.toPort() == null ? -1 : x.toPort(), x.cidrIpv4() != null ? x.cidrIpv4() : x.cidrIpv6(),
                                x.referencedGroupInfo() == null ? null : x.referencedGroupInfo().groupId(), x.prefixListId(), x.description()))))));
        Map<String, List<Inventory.SgRule>> byGroup = new TreeMap<>();
        for (GroupRule r : rules.items()) byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r.rule());
        return calls.<Inventory.SecurityGroup>list("ec2", "DescribeSecurityGroups", null, sink -> ec2.describeSecurityGroupsPaginator(r -> { })
                .forEach(p -> p.securityGroups().forEach(g -> sink.accept(new Inventory.SecurityGroup(g.groupId(), g.groupName(), g.vpcId(),
                        rules.complete() ? byGroup.getOrDefault(g.groupId(), List.of()) : null, tags(g.tags())))))).items();
    }

    List<Inventory.NatGateway> natGateways() {
        return calls.<Inventory.NatGateway>list("ec2", "DescribeNatGateways", null, sink -> ec2.describeNatGatewaysPaginator(r -> { })
                .forEach(p -> p.natGateways().forEach(n -> sink.accept(new Inventory.NatGateway(n.natGatewayId(), n.subnetId(),
                        n.stateAsString(), tags(n.tags())))))).items();
    }

    List<Inventory.VpcEndpoint> vpcEndpoints() {
        return calls.<Inventory.VpcEndpoint>list("ec2", "DescribeVpcEndpoints", null, sink -> ec2.describeVpcEndpointsPaginator(r -> { })
                .forEach(p -> p.vpcEndpoints().forEach(e -> sink.accept(new Inventory.VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.serviceName(),
                        e.vpcEndpointTypeAsString(), e.stateAsString(), e.subnetIds(), e.routeTableIds(),
                        e.groups().stream().map(g -> g.groupId()).toList(), Boolean.TRUE.equals(e.privateDnsEnabled()), tags(e.tags())))))).items();
    }

    List<Inventory.RouteTable> routeTables() {
        return calls.<Inventory.RouteTable>list("ec2", "DescribeRouteTables", null, sink -> ec2.describeRouteTablesPaginator(r -> { })
                .forEach(p -> p.routeTables().forEach(t -> {
                    List<Inventory.Route> routes = new ArrayList<>();
                    for (var r : t.routes()) {
                        String dest = r.destinationCidrBlock() != null ? r.destinationCidrBlock()
                                : r.destinationIpv6CidrBlock() != null ? r.destinationIpv6CidrBlock() : r.destinationPrefixListId();
                        String target = first(r.gatewayId(), r.natGatewayId(), r.transitGatewayId(), r.vpcPeeringConnectionId(),
                                r.networkInterfaceId(), r.egressOnlyInternetGatewayId(), r.instanceId());
                        routes.add(new Inventory.Route(dest, target, r.stateAsString()));
                    }
                    boolean main = t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main()));
                    List<String> subnets = t.associations().stream().map(a -> a.subnetId()).filter(s -> s != null).toList();
                    sink.accept(new Inventory.RouteTable(t.routeTableId(), t.vpcId(), main, subnets, routes, tags(t.tags())));
                }))).items();
    }

    List<Inventory.NetworkAcl> networkAcls() {
        return calls.<Inventory.NetworkAcl>list("ec2", "DescribeNetworkAcls", null, sink -> ec2.describeNetworkAclsPaginator(r -> { })
                .forEach(p -> p.networkAcls().forEach(n -> {
                    List<Inventory.AclEntry> entries = new ArrayList<>();
                    for (var e : n.entries()) {
                        entries.add(new Inventory.AclEntry(e.ruleNumber() == null ? 0 : e.ruleNumber(), Boolean.TRUE.equals(e.egress()), e.protocol(),
                                e.ruleActionAsString(), e.cidrBlock() != null ? e.cidrBlock() : e.ipv6CidrBlock(),
                                e.portRange() == null || e.portRange().from() == null ? -1 : e.portRange().from(),
                                e.portRange() == null || e.portRange().to() == null ? -1 : e.portRange().to()));
                    }
                    List<String> subnets = n.associations().stream().map(a -> a.subnetId()).filter(s -> s != null).toList();
                    sink.accept(new Inventory.NetworkAcl(n.networkAclId(), n.vpcId(), Boolean.TRUE.equals(n.isDefault()), subnets, entries, tags(n.tags())));
                }))).items();
    }

    private static String first(String... s) {
        for (String x : s) if (x != null) return x;
        return null;
    }

    static Map<String, String> tags(List<software.amazon.awssdk.services.ec2.model.Tag> t) {
        Map<String, String> m = new TreeMap<>();
        if (t != null) t.forEach(x -> m.put(x.key(), x.value()));
        return AwsCalls.tags(m);
    }
}
