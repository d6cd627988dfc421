package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** An OpenSearch domain. */
public record Search(Element element) implements View {

    public Search {
        Network.requireKind(Kind.SEARCH, element);
    }

    public enum Engine implements Word {
        OPENSEARCH("opensearch"), ELASTICSEARCH("elasticsearch");
        private final String id;
        Engine(String id) { this.id = id; }
        public String id() { return id; }
    }

    public Optional<Engine> engine() { return Optional.ofNullable(Fields.word(element, "engine", Engine.class)); }

    public Optional<String> version() { return Fields.text(element, "version"); }

    public Optional<String> instanceClass() { return Fields.text(element, "class"); }

    /** Data nodes; 1 when not written. */
    public long nodes() {
        Long n = Fields.integer(element, "nodes");
        return n == null ? 1 : n;
    }

    public Optional<Long> zoneCount() { return Optional.ofNullable(Fields.integer(element, "zone-count")); }

    public Optional<Value.Size> storage() { return Fields.value(element, "storage", Value.Size.class); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public boolean encrypted() { return element.flag("encrypted"); }
}
