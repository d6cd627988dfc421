package dev.archkit.model.view;

import dev.archkit.model.Element;

/** An SNS topic. */
public record Topic(Element element) implements View {

    public Topic {
        Network.requireKind(Kind.TOPIC, element);
    }

    public boolean fifo() { return element.flag("fifo"); }

    public boolean encrypted() { return element.flag("encrypted"); }
}
