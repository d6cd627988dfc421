package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.Naming;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Runtimes;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * What the emitters need to know about an architecture beyond its elements' own values: AWS names,
 * which services run on ECS, container ports, the network of an element, the NAT gateway a subnet
 * routes through, replica ranges, what load balancers forward to, and the declared calls with
 * their ports and security groups.
 *
 * <p>These are facts about the architecture, not Terraform: they are to be read from the facts
 * layer once it has them, and this class is the one place where that swap is made.
 */
final class TerraformInputs {

    /** A load balancer forwarding to a service on a port (from a route or a listener's default). */
    record Forward(Element loadBalancer, String target, long port) { }

    /** A desired count and the range autoscaling may move it in. */
    record Replicas(long desired, long min, long max) {
        /** From a {@code replicas} or {@code size} property: min and max default to the desired count, which defaults to 1. */
        static Replicas of(Property p) {
            long desired = p != null && p.field("desired") instanceof Value.IntValue dv ? dv.value() : 1;
            long min = p != null && p.field("min") instanceof Value.IntValue mv ? mv.value() : desired;
            long max = p != null && p.field("max") instanceof Value.IntValue xv ? xv.value() : desired;
            return new Replicas(desired, min, max);
        }
    }

    private final Facts facts;
    private final Architecture a;

    TerraformInputs(Facts facts) {
        this.facts = facts;
        this.a = facts.architecture();
    }

    Facts facts() { return facts; }

    Architecture architecture() { return a; }

    /** The AWS name of an element in this view (environment-prefixed). */
    String awsName(String element) { return Naming.awsName(a, element); }

    /** The services that run on ECS (Fargate or EC2), in model order. */
    List<Element> ecsServices() {
        List<Element> out = new ArrayList<>();
        for (Element s : a.elementsOfKind("service")) {
            String rt = Runtimes.of(a, s);
            if (rt.equals("fargate") || rt.equals("ec2")) out.add(s);
        }
        return out;
    }

    boolean fargate(Element service) { return Runtimes.of(a, service).equals("fargate"); }

    /** The container ports a service declares, in order. */
    static List<Long> containerPorts(Element service) {
        List<Long> out = new ArrayList<>();
        if (service.value("port") instanceof Value.ListValue pl) {
            for (Value v : pl.items()) out.add(((Value.IntValue) v).value());
        }
        return out;
    }

    /** A service's first container port, or -1 when it declares none. */
    static int firstPort(Element service) {
        List<Long> ports = containerPorts(service);
        return ports.isEmpty() ? -1 : (int) (long) ports.get(0);
    }

    /** Whether a service's replica count is left to autoscaling (a range, a scaling policy or a schedule). */
    static boolean autoscaled(Element service) {
        Property r = service.property("replicas");
        boolean range = r != null && (r.field("min") != null || r.field("max") != null);
        return range || !service.all("scale").isEmpty() || !service.all("schedule").isEmpty();
    }

    /** The network an element is in: as written, else that of its subnets, else the only one; null if none. */
    Element networkOf(Element e) {
        String n = e.string("network");
        if (n != null && a.element(n) != null) return a.element(n);
        for (String s : e.refs("subnets")) {
            Element sub = a.element(s);
            if (sub != null && sub.parent() != null) return a.element(sub.parent());
        }
        List<Element> nets = a.elementsOfKind("network");
        return nets.size() == 1 ? nets.get(0) : null;
    }

    /**
     * What each load balancer forwards to a service, in model order: its routes, then its
     * listeners' defaults; on the route's port, else the service's first; none without a port.
     */
    List<Forward> forwards() {
        List<Forward> out = new ArrayList<>();
        for (Element lb : a.elementsOfKind("loadbalancer")) {
            for (Property r : lb.all("route")) {
                Element te = a.element(r.field("target").text());
                if (te == null || !te.kind().equals("service")) continue;
                long port = r.field("port") instanceof Value.IntValue p ? p.value() : firstPort(te);
                if (port > 0) out.add(new Forward(lb, te.name(), port));
            }
            for (Property l : lb.all("listener")) {
                if (l.field("forward") == null) continue;
                Element te = a.element(l.field("forward").text());
                if (te == null || !te.kind().equals("service")) continue;
                if (firstPort(te) > 0) out.add(new Forward(lb, te.name(), firstPort(te)));
            }
        }
        return out;
    }
}
