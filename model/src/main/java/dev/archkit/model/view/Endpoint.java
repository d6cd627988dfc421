package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A VPC endpoint of a network: an AWS service reached without the internet. */
public record Endpoint(Element element) implements View {

    public Endpoint {
        Network.requireKind(Kind.ENDPOINT, element);
    }

    public enum Type implements Word {
        INTERFACE("interface"), GATEWAY("gateway");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Interface unless written otherwise. */
    public Type type() {
        Type t = Fields.word(element, "type", Type.class);
        return t == null ? Type.INTERFACE : t;
    }

    /** The service's endpoint name ({@code ecr.api}, {@code s3}, ...); null only in a model that failed its checks. */
    public String service() { return element.string("service"); }

    /** The written service value, with its location. */
    public Optional<Value> serviceValue() { return Optional.ofNullable(element.value("service")); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    /** Whether the service's public name resolves to the endpoint (default on). */
    public boolean privateDns() { return !element.has("private-dns") || element.flag("private-dns"); }

    /** Expected data processed per month, when declared. */
    public Optional<Value.Size> dataPerMonth() { return Fields.field(element.property("usage"), "data", Value.Size.class); }

    /** The network the endpoint is declared in. */
    public String network() { return element.parent(); }
}
