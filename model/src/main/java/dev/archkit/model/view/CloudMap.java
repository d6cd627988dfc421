package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** An AWS Cloud Map namespace for service discovery. */
public record CloudMap(Element element) implements View {

    public CloudMap {
        Network.requireKind(Kind.CLOUDMAP, element);
    }

    public enum Type implements Word {
        DNS_PRIVATE("dns-private"), DNS_PUBLIC("dns-public"), HTTP("http");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum Routing implements Word {
        MULTIVALUE("multivalue"), WEIGHTED("weighted");
        private final String id;
        Routing(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Private DNS when not written. */
    public Type type() {
        Type t = Fields.word(element, "type", Type.class);
        return t == null ? Type.DNS_PRIVATE : t;
    }

    public Optional<String> network() { return Fields.ref(element, "network"); }

    public Optional<Value.Duration> ttl() { return Fields.value(element, "ttl", Value.Duration.class); }

    public Optional<Routing> routing() { return Optional.ofNullable(Fields.word(element, "routing", Routing.class)); }
}
