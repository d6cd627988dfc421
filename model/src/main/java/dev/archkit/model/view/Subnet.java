package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A subnet of a network, in one zone; public subnets route to an internet gateway. */
public record Subnet(Element element) implements View {

    public Subnet {
        Network.requireKind(Kind.SUBNET, element);
    }

    /** Public when written so; private otherwise (the language's default). */
    public boolean isPublic() { return "public".equals(element.string("tier")); }

    public Optional<Value.Cidr> cidr() { return Fields.value(element, "cidr", Value.Cidr.class); }

    /** The zone; null only in a model that failed its checks. */
    public String zone() { return element.string("zone"); }

    /** The default route as written ({@code route igw|nat NAME|none}); empty when left to the default. */
    public Optional<Route> route() {
        var p = element.property("route");
        if (p == null) return Optional.empty();
        Route.Target t = Fields.word(p, "target", Route.Target.class);
        if (t == null) return Optional.empty();
        return Optional.of(new Route(t, Optional.ofNullable(p.field("nat")).map(Value::text), p.location()));
    }

    /** The network the subnet is declared in. */
    public String network() { return element.parent(); }
}
