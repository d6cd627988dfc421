package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** An EventBridge event bus. */
public record EventBus(Element element) implements View {

    public EventBus {
        Network.requireKind(Kind.EVENTBUS, element);
    }

    /** Event archive retention, when declared. */
    public Optional<Value.Duration> archive() { return Fields.value(element, "archive", Value.Duration.class); }
}
