package dev.archkit.live.drift;

import dev.archkit.facts.Scaling;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Location;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * ECS clusters and services: Container Insights; each service's count (within its autoscaling
 * range, from the facts layer), task definition, network placement, deployment circuit breaker,
 * scalable target and policies, and Cloud Map registration.
 */
final class EcsDrift {
    private EcsDrift() { }

    static void clusters(Comparison c) {
        for (Cluster cl : Typed.clusters(c.a)) {
            if (cl.type() != Cluster.Type.ECS) continue;
            Inventory.Cluster live = null;
            for (Inventory.Cluster x : c.inv.clusters()) if (c.is(Kind.CLUSTER, cl.name(), x.name(), x.arn(), x.tags(), 0)) { live = x; break; }
            if (live == null) { c.missing(cl, "ecs.ListClusters", "ecs.DescribeClusters"); continue; }
            c.matched.add(live);
            c.clusters.put(cl.name(), live);
            c.clusterNames.add(live.name());
            c.changed(cl, Comparison.at(cl.insightsAt(), cl), "Container Insights", cl.insights() ? "enabled" : "disabled", live.insights() ? "enabled" : "disabled");
        }
    }

    static void services(Comparison c) {
        for (ServiceFacts sf : c.facts.services()) {
            Cluster cl = Expected.ecsCluster(sf);
            Inventory.Cluster lc = cl == null ? null : c.clusters.get(cl.name());
            if (lc == null) continue;   // the cluster is missing, unknown, or not ECS: reported there
            Service s = sf.service();
            Inventory.Service live = null;
            for (Inventory.Service x : c.inv.services()) {
                if (x.cluster().equals(lc.name()) && c.is(Kind.SERVICE, s.name(), x.name(), x.arn(), x.tags(), 0)) { live = x; break; }
            }
            if (live == null) { c.missingIn(s, lc.name(), "ecs.ListServices", "ecs.DescribeServices"); continue; }
            c.matched.add(live);
            service(c, sf, live, lc);
        }
    }

    private static void service(Comparison c, ServiceFacts sf, Inventory.Service live, Inventory.Cluster lc) {
        Service s = sf.service();
        Scaling sc = sf.scaling();
        Service.Replicas replicas = s.replicas();
        Location repAt = Comparison.at(replicas.at(), s);
        if (replicas.rangeDeclared() || sc.lowest() != sc.highest()) {
            // the autoscaler (and scheduled actions) may set any count in the range
            if (live.desiredCount() < sc.lowest() || live.desiredCount() > sc.highest()) {
                c.items.add(new DriftItem(DriftItem.Change.CHANGED, Kind.SERVICE.id(), s.name(), "desired count", sc.lowest() + "-" + sc.highest(),
                        Integer.toString(live.desiredCount()), repAt, "outside the autoscaling range"));
            }
        } else {
            c.changed(s, repAt, "desired count", sc.desired(), live.desiredCount());
        }
        task(c, sf, live);
        Location subAt = Comparison.at(s.subnets().at(), s), sgAt = Comparison.at(s.securityGroups().at(), s);
        TreeSet<String> subnets = names(live.subnets(), c::subnetName);
        if (subnets == null) c.unknown(s, "subnets", subAt, "a subnet is not known: " + c.reasonFor("ec2.DescribeSubnets"));
        else c.changed(s, subAt, "subnets", new TreeSet<>(s.subnets().names()), subnets);
        TreeSet<String> groups = names(live.securityGroups(), c::groupName);
        if (groups == null) c.unknown(s, "security groups", sgAt, "a group is not known: " + c.reasonFor("ec2.DescribeSecurityGroups"));
        else c.changed(s, sgAt, "security groups", new TreeSet<>(s.securityGroups().names()), groups);
        c.changed(s, Comparison.at(s.publicIpAt(), s), "public IP", s.publicIp(), live.publicIp());
        Optional<Task.Deploy> deploy = s.deploy();
        boolean blueGreen = deploy.map(d -> d.strategy() == Task.Strategy.BLUE_GREEN).orElse(false);
        if (!blueGreen) {
            Location at = deploy.map(Task.Deploy::at).orElse(s.location());
            boolean cb = deploy.map(Task.Deploy::circuitBreaker).orElse(false);
            c.changed(s, at, "deployment circuit breaker", cb, live.circuitBreaker());
            if (cb && live.circuitBreaker()) c.changed(s, at, "deployment rollback", deploy.map(Task.Deploy::rollback).orElse(false), live.rollback());
        }
        if (sc.autoscaled()) autoscaling(c, s, sc, repAt, "service/" + lc.name() + "/" + live.name());
        if (s.discovery().isPresent()) discovery(c, s);
    }

    private static void task(Comparison c, ServiceFacts sf, Inventory.Service live) {
        Service s = sf.service();
        Inventory.TaskDefinition td = live.task();
        if (td == null) {
            c.unknown(s, "task definition", s.location(), c.reasonAbout(live.cluster() + "/" + live.name(), "ecs.DescribeTaskDefinition", "ecs.DescribeServices"));
            return;
        }
        s.cpu().ifPresent(cpu -> c.changed(s, Comparison.at(s.cpuAt(), s), "CPU units", cpu.ecsUnits(), td.cpu()));
        s.memory().ifPresent(m -> c.changed(s, Comparison.at(s.memoryAt(), s), "memory (MiB)", m.mib(), td.memory()));
        Inventory.Container main = mainContainer(c, sf, td);
        if (main != null) {
            s.image().ifPresent(i -> c.changed(s, Comparison.at(s.imageAt(), s), "image", i.value(), main.image()));
            if (s.portAt().isKnown()) c.changed(s, s.portAt(), "container ports", s.ports(), main.ports());
        } else if (s.image().isPresent() || s.portAt().isKnown()) {
            c.unknown(s, "main container", s.location(), "none of " + td.containers().stream().map(Inventory.Container::name).toList()
                    + " is named '" + s.name() + "' or listens on " + c.facts.listenPort(s.name()));
        }
        if (td.cpuArchitecture() != null) c.changed(s, Comparison.at(s.archAt(), s), "CPU architecture", AwsWords.cpuArchitecture(s.arch()), td.cpuArchitecture());
        String role = s.role().map(r -> c.names.role(r)).orElse(null);
        String liveRole = td.taskRole() == null ? null : td.taskRole().substring(td.taskRole().lastIndexOf('/') + 1);
        String mappedRole = s.role().map(r -> c.mapped(Kind.ROLE, r)).orElse(null);
        if (!(mappedRole != null && (mappedRole.equals(liveRole) || mappedRole.equals(td.taskRole())))) {
            c.changed(s, s.location(), "task role", role == null ? "none" : role, liveRole == null ? "none" : liveRole);
        }
    }

    /**
     * The service's own container, known by the model, not by position: the one named as the
     * service (or its AWS name), else the only one listening on the service's port, else the only
     * container. Null when the model cannot tell (sidecars and no name or port to go by).
     */
    static Inventory.Container mainContainer(Comparison c, ServiceFacts sf, Inventory.TaskDefinition td) {
        Service s = sf.service();
        for (Inventory.Container x : td.containers()) if (x.name().equals(s.name()) || x.name().equals(c.names.aws(s.name()))) return x;
        int port = c.facts.listenPort(s.name());
        if (port > 0) {
            List<Inventory.Container> on = td.containers().stream().filter(x -> x.ports().contains(port)).toList();
            if (on.size() == 1) return on.get(0);
        }
        return td.containers().size() == 1 ? td.containers().get(0) : null;
    }

    private static void autoscaling(Comparison c, Service s, Scaling sc, Location repAt, String resourceId) {
        Inventory.ScalableTarget t = null;
        for (Inventory.ScalableTarget x : c.inv.scalableTargets()) if (x.resourceId().equals(resourceId)) t = x;
        if (t != null && t.policies() == null) {
            c.matched.add(t);
            c.changed(s, repAt, "autoscaling min", sc.min(), t.min());
            c.changed(s, repAt, "autoscaling max", sc.max(), t.max());
            c.unknown(s, "scaling policies", repAt, c.reasonFor("applicationautoscaling.DescribeScalingPolicies"));
            return;
        }
        if (t == null) {
            if (c.cannotRead("applicationautoscaling.DescribeScalableTargets")) {
                c.unknown(s, "autoscaling", repAt, c.reasonFor("applicationautoscaling.DescribeScalableTargets"));
            } else {
                c.items.add(new DriftItem(DriftItem.Change.CHANGED, Kind.SERVICE.id(), s.name(), "autoscaling", "min " + sc.min() + " max " + sc.max(),
                        "none", repAt, "no scalable target " + resourceId));
            }
            return;
        }
        c.matched.add(t);
        c.changed(s, repAt, "autoscaling min", sc.min(), t.min());
        c.changed(s, repAt, "autoscaling max", sc.max(), t.max());
        for (Task.Scaling p : s.scaling()) {
            String metric = AwsWords.metric(p.metric());
            Inventory.Policy lp = null;
            for (Inventory.Policy x : t.policies()) if (metric.equals(x.metric())) lp = x;
            if (lp == null) c.changed(s, p.at(), "scaling on " + p.metric().id(), "target " + trim(p.target()), "none");
            else c.changed(s, p.at(), "scaling target for " + p.metric().id(), trim(p.target()), trim(lp.target()));
        }
    }

    private static void discovery(Comparison c, Service s) {
        String ns = s.discovery().get();
        boolean found = c.inv.discoveryServices().stream().anyMatch(d -> d.name().equals(s.name()));
        if (!found && c.cannotRead("servicediscovery.ListServices")) {
            c.unknown(s, "service discovery", Comparison.at(s.discoveryAt(), s), c.reasonFor("servicediscovery.ListServices"));
        } else {
            c.changed(s, Comparison.at(s.discoveryAt(), s), "Cloud Map registration", ns, found ? ns : "none");
        }
    }

    /** The model's names of live ids; null when one of them cannot be told. */
    static TreeSet<String> names(List<String> ids, java.util.function.Function<String, String> name) {
        TreeSet<String> out = new TreeSet<>();
        for (String id : ids) {
            String n = name.apply(id);
            if (n == null) return null;
            out.add(n);
        }
        return out;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
