package dev.archkit.gen.diagram;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.diff.ArchitectureDiff;
import dev.archkit.model.diff.ArchitectureDiff.Change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a change did, drawn: the elements added, removed and changed between two versions of an
 * architecture, with their direct callers and callees for context, and the dependencies among
 * them marked as added, removed or changed. Written as a Mermaid flowchart, which GitHub renders
 * in a pull-request comment. Only the neighbourhood of the change is drawn, so a one-line change
 * in a 300-service platform stays a small picture; past {@link #MAX_NODES} elements the context
 * is dropped first, then the rest is counted in a note.
 */
public final class ChangeView {
    /** The most elements one picture holds before it stops being readable in a comment. */
    public static final int MAX_NODES = 40;

    private ChangeView() { }

    private enum State { ADDED, REMOVED, CHANGED, CONTEXT }

    /** The Mermaid flowchart of the change, or empty when no element or dependency changed. */
    public static String mermaid(Architecture before, Architecture after, List<Change> changes) {
        Map<String, State> nodes = new LinkedHashMap<>();
        Map<String, State> deps = new TreeMap<>();
        for (Change c : changes) {
            switch (c.what()) {
                case "architecture", "environment" -> { }
                case "dependency" -> deps.put(c.name(), state(c.kind()));
                default -> nodes.put(c.name(), state(c.kind()));
            }
        }
        if (nodes.isEmpty() && deps.isEmpty()) return "";
        Map<String, Dependency> all = new TreeMap<>();
        for (Dependency d : before.dependencies()) all.put(d.id(), d);
        for (Dependency d : after.dependencies()) all.put(d.id(), d);
        // the ends of changed dependencies, then the neighbours of changed elements, as context
        Set<String> changed = new LinkedHashSet<>(nodes.keySet());
        for (String id : deps.keySet()) {
            Dependency d = all.get(id);
            if (d == null) continue;
            nodes.putIfAbsent(d.from(), State.CONTEXT);
            nodes.putIfAbsent(d.to(), State.CONTEXT);
        }
        for (Dependency d : all.values()) {
            if (nodes.size() >= MAX_NODES) break;
            if (changed.contains(d.from())) nodes.putIfAbsent(d.to(), State.CONTEXT);
            if (nodes.size() >= MAX_NODES) break;
            if (changed.contains(d.to())) nodes.putIfAbsent(d.from(), State.CONTEXT);
        }
        List<String> drawn = new ArrayList<>(nodes.keySet());
        int left = 0;
        if (drawn.size() > MAX_NODES) {
            left = drawn.size() - MAX_NODES;
            drawn = drawn.subList(0, MAX_NODES);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String n : drawn) ids.put(n, "n" + ids.size());

        StringBuilder sb = new StringBuilder("flowchart LR\n");
        for (String n : drawn) {
            State s = nodes.get(n);
            Element e = after.element(n) != null ? after.element(n) : before.element(n);
            String kind = e == null ? "" : e.kind();
            String tag = switch (s) { case ADDED -> "added "; case REMOVED -> "removed "; case CHANGED -> "changed "; case CONTEXT -> ""; };
            sb.append("  ").append(ids.get(n)).append("[\"<b>").append(Mermaid.escape(n)).append("</b><br/><small>")
              .append(Mermaid.escape(tag + kind)).append("</small>\"]\n");
        }
        List<String> styles = new ArrayList<>();
        int i = 0;
        for (Dependency d : all.values()) {
            if (!ids.containsKey(d.from()) || !ids.containsKey(d.to())) continue;
            State s = deps.getOrDefault(d.id(), State.CONTEXT);
            String arrow = s == State.REMOVED ? "-.->" : d.async() ? "-.->" : "-->";
            String label = switch (s) { case ADDED -> "added"; case REMOVED -> "removed"; case CHANGED -> "changed"; case CONTEXT -> ""; };
            sb.append("  ").append(ids.get(d.from())).append(' ').append(arrow);
            if (!label.isEmpty()) sb.append("|").append(label).append("|");
            sb.append(' ').append(ids.get(d.to())).append('\n');
            switch (s) {
                case ADDED -> styles.add("  linkStyle " + i + " stroke:#2E7D32,stroke-width:3px");
                case REMOVED -> styles.add("  linkStyle " + i + " stroke:#C62828,stroke-width:2px");
                case CHANGED -> styles.add("  linkStyle " + i + " stroke:#E07000,stroke-width:3px");
                case CONTEXT -> { }
            }
            i++;
        }
        sb.append("  classDef added stroke:#2E7D32,stroke-width:3px,fill:#F1F8F1\n");
        sb.append("  classDef removed stroke:#C62828,stroke-width:2px,stroke-dasharray:5 3,fill:#FFF5F5\n");
        sb.append("  classDef changed stroke:#E07000,stroke-width:3px,fill:#FFFAF0\n");
        sb.append("  classDef context stroke:#9E9E9E,color:#616161,fill:#FAFAFA\n");
        for (String n : drawn) sb.append("  class ").append(ids.get(n)).append(' ').append(nodes.get(n).name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        styles.forEach(s -> sb.append(s).append('\n'));
        if (left > 0) sb.append("  %% ").append(left).append(" more elements not drawn\n");
        return sb.toString();
    }

    private static State state(ArchitectureDiff.Kind k) {
        return switch (k) { case ADDED -> State.ADDED; case REMOVED -> State.REMOVED; case CHANGED -> State.CHANGED; };
    }
}
