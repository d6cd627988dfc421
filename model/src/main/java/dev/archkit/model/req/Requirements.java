package dev.archkit.model.req;

import dev.archkit.model.Location;

import java.util.List;
import java.util.Optional;

/** A named {@code requirements} block: what every candidate design must or should achieve. */
public record Requirements(String name, List<Requirement> items, Location location) {

    public Requirements {
        items = List.copyOf(items);
    }

    public Optional<Requirement> find(String id) {
        return items.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
