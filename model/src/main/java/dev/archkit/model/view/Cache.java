package dev.archkit.model.view;

import dev.archkit.model.Element;

import java.util.Optional;

/** An ElastiCache cluster (Redis, Valkey or Memcached). */
public record Cache(Element element) implements View {

    public Cache {
        Network.requireKind(Kind.CACHE, element);
    }

    public enum Engine implements Word {
        REDIS("redis", 6379), VALKEY("valkey", 6379), MEMCACHED("memcached", 11211);
        private final String id;
        private final int port;
        Engine(String id, int port) { this.id = id; this.port = port; }
        public String id() { return id; }
        public int defaultPort() { return port; }
    }

    public Optional<Engine> engine() { return Optional.ofNullable(Fields.word(element, "engine", Engine.class)); }

    /** The node type, e.g. cache.r6g.large. */
    public Optional<String> nodeClass() { return Fields.text(element, "class"); }

    /** Number of nodes; 1 when not written. */
    public long nodes() {
        Long n = Fields.integer(element, "nodes");
        return n == null ? 1 : n;
    }

    public boolean nodesDeclared() { return element.has("nodes"); }

    public boolean multiAz() { return element.flag("multi-az"); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public Optional<Long> port() { return Optional.ofNullable(Fields.integer(element, "port")); }

    public boolean encrypted() { return element.flag("encrypted"); }
}
