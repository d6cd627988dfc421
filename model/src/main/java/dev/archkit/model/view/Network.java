package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A VPC with its subnets, NAT gateways, endpoints and network ACLs. */
public record Network(Element element) implements View {

    public Network {
        requireKind(Kind.NETWORK, element);
    }

    public Optional<Value.Cidr> cidr() { return Fields.value(element, "cidr", Value.Cidr.class); }

    public boolean dnsHostnames() { return element.flag("dns-hostnames"); }

    public boolean flowLogs() { return element.flag("flow-logs"); }

    public List<Subnet> subnets() {
        List<Subnet> out = new ArrayList<>();
        for (Element c : element.children()) if (Kind.SUBNET.is(c)) out.add(new Subnet(c));
        return out;
    }

    public List<Nat> nats() {
        List<Nat> out = new ArrayList<>();
        for (Element c : element.children()) if (Kind.NAT.is(c)) out.add(new Nat(c));
        return out;
    }

    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Element c : element.children()) if (Kind.ENDPOINT.is(c)) out.add(new Endpoint(c));
        return out;
    }

    /** The network ACLs declared in the network (subnets none names keep the VPC's default NACL, which allows all). */
    public List<NetworkAcl> nacls() {
        List<NetworkAcl> out = new ArrayList<>();
        for (Element c : element.children()) if (Kind.NACL.is(c)) out.add(new NetworkAcl(c));
        return out;
    }

    static void requireKind(Kind k, Element e) {
        if (!k.is(e)) throw new IllegalArgumentException("not a " + k.id() + ": " + (e == null ? "null" : e.kind() + " " + e.name()));
    }

    /** True when {@code dns-hostnames} is written (on or off) rather than left to the default. */
    public boolean dnsHostnamesDeclared() { return element.has("dns-hostnames"); }
}
