package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.Optional;

/** An SQS queue. */
public record Queue(Element element) implements View {

    public Queue {
        Network.requireKind(Kind.QUEUE, element);
    }

    public boolean fifo() { return element.flag("fifo"); }

    /** The dead-letter queue. */
    public Optional<String> deadLetterQueue() { return Fields.ref(element, "dlq"); }

    public Optional<Long> maxReceives() { return Optional.ofNullable(Fields.integer(element, "max-receives")); }

    public Optional<Value.Duration> visibility() { return Fields.value(element, "visibility", Value.Duration.class); }

    public Optional<Value.Duration> retention() { return Fields.value(element, "retention", Value.Duration.class); }

    public boolean encrypted() { return element.flag("encrypted"); }
}
