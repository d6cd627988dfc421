package dev.archkit.rules.hygiene;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.schema.Schema;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** hygiene/required-tags */
public final class RequiredTags extends AbstractRule {
    public RequiredTags() {
        super("hygiene/required-tags", Severity.WARNING, "An element lacks a tag the architecture requires",
                "Cost allocation, ownership and automation depend on tags; an untagged resource is billed to nobody and paged to nobody.",
                "Add the tag to the element: tag KEY \"value\".",
                "AWS tagging best practices");
    }

    @Override
    public void check(RuleContext ctx) {
        Property req = ctx.arch().property("required-tags");
        if (req == null || !(req.value() instanceof Value.ListValue l)) return;
        List<String> required = new ArrayList<>();
        for (Value v : l.items()) required.add(v.text());
        for (Element e : ctx.arch().allElements()) {
            if (!Schema.isNode(e.kind()) || e.kind().equals("external")) continue;
            Set<String> has = new TreeSet<>();
            for (Property t : e.all("tag")) has.add(t.field("key").text());
            List<String> missing = required.stream().filter(r -> !has.contains(r)).toList();
            if (!missing.isEmpty()) {
                ctx.about(e, e.location(), e.kind() + " '" + e.name() + "' lacks the required tag" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing)).related(req.location(), "required here").report();
            }
        }
    }
}
