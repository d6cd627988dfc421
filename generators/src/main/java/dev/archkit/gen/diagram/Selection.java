package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Suggest;
import dev.archkit.model.view.View;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which elements a diagram shows: all, or those with a tag, or those near a focus in the dependency graph. */
final class Selection {
    private Selection() { }

    /** The names of the elements to show, in declaration order. */
    static Set<String> of(Facts facts, Views.Options o) {
        Architecture a = facts.architecture();
        Set<String> all = new LinkedHashSet<>();
        for (Element e : a.allElements()) all.add(e.name());
        if (o.tag() != null) {
            String[] kv = o.tag().split("=", 2);
            Set<String> tagged = new LinkedHashSet<>();
            for (Element e : a.allElements()) {
                String value = tags(e).get(kv[0]);
                if (value != null && (kv.length == 1 || value.equals(kv[1]))) tagged.add(e.name());
            }
            if (tagged.isEmpty()) throw new Views.BadView("no element carries the tag " + o.tag() + " (write --tag KEY=VALUE, or --tag KEY for any value)");
            all.retainAll(tagged);
        }
        if (o.focus() != null) {
            if (a.elementsNamed(o.focus()).isEmpty()) {
                List<String> names = a.allElements().stream().map(Element::name).toList();
                String m = Suggest.closest(o.focus(), names);
                throw new Views.BadView("no element named '" + o.focus() + "' to focus on" + (m != null ? "; did you mean '" + m + "'?" : ""));
            }
            all.retainAll(near(facts, o.focus(), o.depth()).keySet());
        }
        return all;
    }

    /** The elements at most {@code depth} calls away from {@code focus}, either way, with their distance. */
    private static Map<String, Integer> near(Facts facts, String focus, int depth) {
        Map<String, Integer> dist = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        dist.put(focus, 0);
        queue.add(focus);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = dist.get(v);
            if (d >= depth) continue;
            for (CallFact c : facts.callsTo(v)) visit(c.from(), d + 1, dist, queue);
            for (CallFact c : facts.callsFrom(v)) visit(c.to(), d + 1, dist, queue);
        }
        return dist;
    }

    private static void visit(String w, int d, Map<String, Integer> dist, Deque<String> queue) {
        if (!dist.containsKey(w)) {
            dist.put(w, d);
            queue.add(w);
        }
    }

    /**
     * An element's tags, whatever its kind: the tags every view carries ({@link View#tags}, a
     * later tag with the same key wins).
     */
    static Map<String, String> tags(Element e) {
        View any = () -> e;
        return any.tags();
    }
}
