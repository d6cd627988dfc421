package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A NAT gateway in a public subnet. */
public record Nat(Element element) implements View {

    public Nat {
        Network.requireKind(Kind.NAT, element);
    }

    /** The public subnet the gateway stands in. */
    public String subnet() { return element.string("subnet"); }

    /** The private subnets routed through it, when declared (default: those of its zone). */
    public Refs serves() { return Fields.refs(element, "serves"); }

    /** Expected data processed per month, when declared. */
    public Optional<Value.Size> dataPerMonth() {
        return Fields.field(element.property("usage"), "data", Value.Size.class);
    }

    /** The network the gateway is declared in. */
    public String network() { return element.parent(); }
}
