package dev.archkit.model.view;

import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The architecture's own settings: region, zones, budget, required tags, rule levels. */
public record Settings(Architecture architecture) {

    /** {@code rule ID LEVEL}: a rule's severity changed, or the rule turned off. */
    /** A 'rule ID LEVEL ["reason"]' line; {@code reason} is null when none is written. */
    public record RuleLevel(String id, String level, Location at, Location idAt, String reason) { }

    public Optional<String> region() { return Optional.ofNullable(architecture.region()); }

    /** The zones in use, in order; empty when not written. */
    public List<String> zones() { return Fields.texts(architecture.value("zones")); }

    public Location zonesAt() {
        Property p = architecture.property("zones");
        return p == null ? Location.UNKNOWN : p.location();
    }

    public Optional<Value.Money> budget() {
        return architecture.value("budget") instanceof Value.Money m ? Optional.of(m) : Optional.empty();
    }

    public Optional<Value.Percent> maxCostIncrease() {
        return architecture.value("max-cost-increase") instanceof Value.Percent p ? Optional.of(p) : Optional.empty();
    }

    public List<String> requiredTags() { return Fields.texts(architecture.value("required-tags")); }

    public Optional<String> account() { return Optional.ofNullable(architecture.value("account")).map(Value::text); }

    public List<RuleLevel> ruleLevels() {
        List<RuleLevel> out = new ArrayList<>();
        for (Property p : architecture.properties()) {
            if (!p.key().equals("rule")) continue;
            Value reason = p.field("reason");
            out.add(new RuleLevel(p.field("id").text(), p.field("level").text(), p.location(), p.field("id").at(), reason == null ? null : reason.text()));
        }
        return out;
    }

    /** Where the budget is written ({@link Location#UNKNOWN} when there is none). */
    public Location budgetAt() {
        Property p = architecture.property("budget");
        return p == null ? Location.UNKNOWN : p.location();
    }

    /** Where max-cost-increase is written, or {@link Location#UNKNOWN}. */
    public Location maxCostIncreaseAt() {
        Property p = architecture.property("max-cost-increase");
        return p == null ? Location.UNKNOWN : p.location();
    }

    /** The architecture's own tags in the order written (a later tag with the same key wins). */
    public java.util.Map<String, String> tags() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Property p : architecture.properties()) if (p.key().equals("tag")) out.put(p.field("key").text(), p.field("value").text());
        return out;
    }

    /** Where {@code required-tags} is written ({@link Location#UNKNOWN} when it is not). */
    public Location requiredTagsAt() { return Fields.at(architecture.property("required-tags")); }
}
