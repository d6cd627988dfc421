package dev.archkit.live.drift;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.PrefixList;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Cluster;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one view of an architecture (the whole of it, or one environment) with an
 * {@link Inventory}. Live resources are matched to elements by an explicit mapping first, then by
 * the tag {@code archkit:element} (and {@code archkit:environment}), then by the name
 * {@code archkit terraform} gives them (the facts layer's {@link dev.archkit.facts.Names}): the
 * element's name, prefixed with "ARCH-" and, in an environment, "ENV-", shortened with a hash where AWS limits
 * names (load balancers and target groups: 32 characters; IAM roles: 64). Nothing is called
 * missing when its kind could not be read: it is unknown, and the report is incomplete.
 *
 * <p>One comparer per resource family ({@link NetworkDrift}, {@link SecurityGroupDrift},
 * {@link RouteDrift}, {@link EndpointDrift}, {@link EcsDrift}, {@link IamDrift},
 * {@link LoadBalancerDrift}, {@link DataDrift}, {@link EksDrift}), in this order, over one shared
 * {@link Comparison}; then the extras.
 */
public final class Drift {

    /**
     * The comparison of one view. {@code notChecked}: elements drift does not read at all (caches,
     * queues, buckets...), listed so that nobody takes their absence from the report for a match.
     */
    public record Report(String environment, List<DriftItem> items, List<Ignored> ignored, List<Inventory.Unreadable> unreadable, List<NotChecked> notChecked) {
        public boolean incomplete() { return !unreadable.isEmpty() || items.stream().anyMatch(i -> i.change() == DriftItem.Change.UNKNOWN); }
        public long drifts() { return items.stream().filter(i -> i.change() != DriftItem.Change.UNKNOWN).count(); }
        public long unknown() { return items.stream().filter(i -> i.change() == DriftItem.Change.UNKNOWN).count(); }
    }

    /** An element drift does not compare, and why. */
    public record NotChecked(String kind, String name, Location at, String why) { }

    public record Ignored(DriftItem item, String reason, Location at) { }

    private Drift() { }

    public static Report compare(Architecture view, Inventory inv, List<DriftRules.Mapping> mappings, List<DriftRules.Ignore> ignores) {
        return compare(Facts.of(view), inv, mappings, ignores);
    }

    /** Compares the view the facts were derived from. */
    public static Report compare(Facts facts, Inventory inv, List<DriftRules.Mapping> mappings, List<DriftRules.Ignore> ignores) {
        Comparison c = new Comparison(facts, inv.withDefaults(), mappings);
        NetworkDrift.networks(c);
        SecurityGroupDrift.compare(c);
        NetworkDrift.nats(c);
        List<NotChecked> notChecked = new ArrayList<>(notChecked(facts));
        notChecked.addAll(NaclDrift.compare(c));
        notChecked.addAll(RouteDrift.compare(c));
        notChecked.addAll(EndpointDrift.compare(c));
        notChecked.sort(java.util.Comparator.comparing(NotChecked::at).thenComparing(NotChecked::name));
        EcsDrift.clusters(c);
        IamDrift.compare(c);
        EcsDrift.services(c);
        LoadBalancerDrift.compare(c);
        DataDrift.compare(c);
        EksDrift.compare(c);
        extras(c);
        return report(facts.architecture().environment(), c.items, ignores, inv.withDefaults().unreadable(), notChecked);
    }

    /**
     * The report of one view from the items a comparison found: those an ignore entry matches are
     * set apart with its reason, the others sorted by where they are written. Every comparison,
     * of an AWS account or of a Kubernetes cluster, ends here.
     */
    public static Report report(String environment, List<DriftItem> items, List<DriftRules.Ignore> ignores,
                                List<Inventory.Unreadable> unreadable, List<NotChecked> notChecked) {
        List<DriftItem> kept = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        for (DriftItem i : items) {
            DriftRules.Ignore hit = null;
            for (DriftRules.Ignore ig : ignores) if (ig.matches(i)) { hit = ig; break; }
            if (hit == null) kept.add(i);
            else ignored.add(new Ignored(i, hit.reason(), hit.at()));
        }
        Collections.sort(kept);
        return new Report(environment, List.copyOf(kept), List.copyOf(ignored), List.copyOf(unreadable), List.copyOf(notChecked));
    }

    /** What AWS service each kind drift does not read lives in. */
    private static final Map<Kind, String> NOT_READ = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.CACHE, "ElastiCache"), Map.entry(Kind.TABLE, "DynamoDB"), Map.entry(Kind.SEARCH, "OpenSearch"),
            Map.entry(Kind.BUCKET, "S3"), Map.entry(Kind.QUEUE, "SQS"), Map.entry(Kind.TOPIC, "SNS"), Map.entry(Kind.EVENTBUS, "EventBridge"),
            Map.entry(Kind.FUNCTION, "Lambda"), Map.entry(Kind.APIGATEWAY, "API Gateway"), Map.entry(Kind.ALARM, "CloudWatch"),
            Map.entry(Kind.CLOUDMAP, "Cloud Map namespaces")));

    /** The model's elements drift does not read: kinds it has no reader for, Classic Load Balancers, services not on ECS. */
    static List<NotChecked> notChecked(Facts facts) {
        Architecture a = facts.architecture();
        List<NotChecked> out = new ArrayList<>();
        for (Map.Entry<Kind, String> k : NOT_READ.entrySet()) {
            for (var e : a.elementsOfKind(k.getKey().id())) out.add(new NotChecked(k.getKey().id(), e.name(), e.location(), "drift does not read " + k.getValue()));
        }
        for (LoadBalancer lb : Typed.loadBalancers(a)) {
            if (lb.type() == LoadBalancer.Type.CLASSIC) out.add(new NotChecked(Kind.LOADBALANCER.id(), lb.name(), lb.location(), "drift does not read Classic Load Balancers"));
        }
        // the groups sit in the nodes' launch templates, which drift does not read (their sizes and types it compares)
        for (Cluster c : Typed.clusters(a)) {
            for (NodeGroup n : c.nodeGroups()) {
                if (n.securityGroups().isEmpty()) continue;
                out.add(new NotChecked(Kind.NODEGROUP.id(), n.name(), n.securityGroups().at(),
                        "its security groups: drift does not read launch templates (" + String.join(", ", n.securityGroups().names()) + ")"));
            }
        }
        // which list a live rule names is an id; drift reads no managed prefix lists, so it compares a list rule's shape only
        for (PrefixList pl : Typed.prefixLists(a)) {
            out.add(new NotChecked(Kind.PREFIXLIST.id(), pl.name(), pl.location(), "its entries: drift does not read managed prefix lists"));
        }
        for (SecurityGroup sg : Typed.securityGroups(a)) {
            for (SecurityGroup.Rule r : sg.ingress()) listRules(out, sg, r);
            for (SecurityGroup.Rule r : sg.egress()) listRules(out, sg, r);
        }
        for (ServiceFacts sf : facts.services()) {
            if (Expected.ecsCluster(sf) == null) {
                out.add(new NotChecked(Kind.SERVICE.id(), sf.service().name(), sf.service().location(), "drift reads only services on ECS"));
            }
        }
        out.sort(java.util.Comparator.comparing(NotChecked::at).thenComparing(NotChecked::name));
        return List.copyOf(out);
    }

    private static void listRules(List<NotChecked> out, SecurityGroup sg, SecurityGroup.Rule r) {
        for (SecurityGroup.Peer p : r.peers()) {
            if (!(p instanceof SecurityGroup.PrefixListPeer pl)) continue;
            out.add(new NotChecked(Kind.SECURITYGROUP.id(), sg.name(), pl.at(), "which list its " + r.direction().name().toLowerCase(java.util.Locale.ROOT)
                    + " rule names (" + pl.text() + "): drift does not read managed prefix lists; it compares the rule's direction, protocol and ports"));
        }
    }

    /** Live resources in the architecture's own clusters and VPCs that no element accounts for. */
    private static void extras(Comparison c) {
        for (Inventory.Service s : c.inv.services()) {
            if (c.clusterNames.contains(s.cluster()) && !c.matched.contains(s)) c.extra(Kind.SERVICE, s.name(), "in cluster " + s.cluster());
        }
        for (Inventory.SecurityGroup g : c.inv.securityGroups()) {
            if (c.inOwnVpc(g.vpcId()) && !c.matched.contains(g) && !g.name().equals("default")) c.extra(Kind.SECURITYGROUP, g.name(), g.id() + " in " + g.vpcId());
        }
        for (Inventory.LoadBalancer lb : c.inv.loadBalancers()) {
            if (c.inOwnVpc(lb.vpcId()) && !c.matched.contains(lb)) c.extra(Kind.LOADBALANCER, lb.name(), "in " + lb.vpcId());
        }
        for (Inventory.Database d : c.inv.databases()) {
            if (c.inOwnVpc(d.vpcId()) && !c.matched.contains(d)) c.extra(Kind.DATABASE, d.identifier(), "in " + d.vpcId());
        }
        for (Inventory.Subnet s : c.inv.subnets()) {
            if (c.inOwnVpc(s.vpcId()) && !c.matched.contains(s)) c.extra(Kind.SUBNET, s.id(), s.cidr() + " in " + s.vpcId());
        }
    }
}
