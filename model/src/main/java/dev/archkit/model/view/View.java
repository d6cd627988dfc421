package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed view of one element: what every kind carries (name, where it is declared, description,
 * the real AWS name, tags, suppressions). Each kind's view adds its own typed accessors; the
 * element stays reachable for what the language leaves open-ended.
 */
public interface View {

    Element element();

    default String name() { return element().name(); }

    default Location location() { return element().location(); }

    default Kind kind() { return Kind.of(element()); }

    default Optional<String> description() { return Fields.text(element(), "description"); }

    /** The name of the real AWS resource, when it differs from the element's name. */
    default Optional<String> awsName() { return Fields.text(element(), "aws-name"); }

    /** The tags in the order written (a later tag with the same key wins). */
    default Map<String, String> tags() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Property p : element().all("tag")) out.put(p.field("key").text(), p.field("value").text());
        return out;
    }

    /** One {@code tag KEY "value"} as written, with where. */
    record Tag(String key, String value, Location at) { }

    /** The tags as written, each with its location (duplicates included). */
    default List<Tag> tagList() {
        List<Tag> out = new ArrayList<>();
        for (Property p : element().all("tag")) out.add(new Tag(p.field("key").text(), p.field("value").text(), p.location()));
        return out;
    }

    /** A {@code suppress RULE "reason"} written on this element. */
    record Suppression(String rule, Optional<String> reason, Location at, Location ruleAt, Optional<String> cause) {
        public Suppression(String rule, Optional<String> reason, Location at, Location ruleAt) {
            this(rule, reason, at, ruleAt, Optional.empty());
        }
    }

    default List<Suppression> suppressions() {
        List<Suppression> out = new ArrayList<>();
        for (Property p : element().all("suppress")) {
            out.add(new Suppression(p.field("rule").text(), Fields.fieldText(p, "reason"), p.location(), p.field("rule").at(), Fields.fieldText(p, "cause")));
        }
        return out;
    }
}
