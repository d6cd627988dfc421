package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer-managed prefix list: named address ranges a security group rule names as one peer
 * ({@code from prefix-list NAME}); a rule naming it admits the union of its entries.
 */
public record PrefixList(Element element) implements View {

    public PrefixList {
        Network.requireKind(Kind.PREFIXLIST, element);
    }

    /** The list's entries, in the order written (entries a failed model left malformed are skipped). */
    public List<Value.Cidr> entries() {
        Value v = element.value("entries");
        List<Value> items = v instanceof Value.ListValue l ? l.items() : v == null ? List.of() : List.of(v);
        List<Value.Cidr> out = new ArrayList<>(items.size());
        for (Value i : items) if (i instanceof Value.Cidr c) out.add(c);
        return out;
    }

    /** The most entries the list may hold, when written. */
    public Optional<Long> maxEntries() {
        return element.value("max-entries") instanceof Value.IntValue i ? Optional.of(i.value()) : Optional.empty();
    }

    /**
     * The most entries the list may hold: as written, else its entry count (at least one). AWS
     * counts every rule naming the list as that many rules against a group's quota.
     */
    public long effectiveMaxEntries() { return maxEntries().orElse((long) Math.max(1, entries().size())); }

    /** Whether the list holds IPv6 ranges (AWS keeps one address family per list). */
    public boolean ipv6() { return !entries().isEmpty() && entries().get(0).ipv6(); }
}
