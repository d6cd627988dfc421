package dev.archkit.model.view;

import dev.archkit.model.Element;

import java.util.Optional;

/** A DynamoDB table. */
public record Table(Element element) implements View {

    public Table {
        Network.requireKind(Kind.TABLE, element);
    }

    public enum Billing implements Word {
        ON_DEMAND("on-demand"), PROVISIONED("provisioned");
        private final String id;
        Billing(String id) { this.id = id; }
        public String id() { return id; }
    }

    public Optional<Billing> billing() { return Optional.ofNullable(Fields.word(element, "billing", Billing.class)); }

    public Optional<Long> readCapacity() { return Optional.ofNullable(Fields.integer(element, "read")); }

    public Optional<Long> writeCapacity() { return Optional.ofNullable(Fields.integer(element, "write")); }

    public boolean pointInTimeRecovery() { return element.flag("pitr"); }

    public boolean encrypted() { return element.flag("encrypted"); }
}
