package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** A CloudWatch alarm (deployments may roll back on it). */
public record Alarm(Element element) implements View {

    public Alarm {
        Network.requireKind(Kind.ALARM, element);
    }

    public Optional<String> metric() { return Fields.text(element, "metric"); }

    /** The threshold: a number, or a percent. */
    public Optional<Value> threshold() { return Optional.ofNullable(element.value("threshold")); }

    public Optional<Value.Duration> period() { return Fields.value(element, "period", Value.Duration.class); }

    public Optional<Long> evaluations() { return Optional.ofNullable(Fields.integer(element, "evaluations")); }

    /** The element it watches. */
    public Optional<String> target() { return Fields.ref(element, "target"); }

    /** The topic notified. */
    public Optional<String> notifyTopic() { return Fields.ref(element, "notify"); }
}
