package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A Lambda function. */
public record Function(Element element) implements View {

    public Function {
        Network.requireKind(Kind.FUNCTION, element);
    }

    /** The Lambda runtime identifier, e.g. java21. */
    public Optional<String> runtime() { return Fields.text(element, "runtime"); }

    public Optional<Value.Size> memory() { return Fields.value(element, "memory", Value.Size.class); }

    public Optional<Value.Duration> timeout() { return Fields.value(element, "timeout", Value.Duration.class); }

    public Optional<Long> concurrency() { return Optional.ofNullable(Fields.integer(element, "concurrency")); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public Optional<String> role() { return Fields.ref(element, "role"); }

    /** Its declared time to answer a call ({@code latency 200ms}), which 'deadline' adds along synchronous paths; empty when not written. */
    public Optional<Value.Duration> latency() { return Fields.value(element, "latency", Value.Duration.class); }
}
