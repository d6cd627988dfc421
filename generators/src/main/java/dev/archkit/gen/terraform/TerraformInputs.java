package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.Naming;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
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
}
