package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A system outside the architecture: users, a SaaS, a partner API. */
public record External(Element element) implements View {

    public External {
        Network.requireKind(Kind.EXTERNAL, element);
    }

    public enum Type implements Word {
        USERS("users"), SAAS("saas"), PARTNER("partner"), ON_PREMISES("on-premises"), INTERNET("internet");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    public Optional<Type> type() { return Optional.ofNullable(Fields.word(element, "type", Type.class)); }

    public Optional<String> url() { return Fields.text(element, "url"); }

    public Optional<Value.Percent> sla() { return Fields.value(element, "sla", Value.Percent.class); }

    /** Its declared time to answer a call ({@code latency 200ms}), which 'deadline' adds along synchronous paths; empty when not written. */
    public Optional<Value.Duration> latency() { return Fields.value(element, "latency", Value.Duration.class); }
}
