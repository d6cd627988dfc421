package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One diagram being drawn: the facts of the architecture it shows, what the options select, and
 * the groups, nodes and edges added so far. Identifiers are handed out in the order they are
 * first asked for, so every view asks in a fixed order and the output is the same run to run.
 */
final class Canvas {
    final Facts facts;
    final Architecture a;
    final String view;
    final Views.Options o;
    private final Set<String> shown;
    final List<Diagram.Group> groups = new ArrayList<>();
    final List<Diagram.Node> nodes = new ArrayList<>();
    final List<Diagram.Edge> edges = new ArrayList<>();
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();

    Canvas(Facts facts, String view, Views.Options o, Set<String> shown) {
        this.facts = facts;
        this.a = facts.architecture();
        this.view = view;
        this.o = o;
        this.shown = shown;
    }

    /** A stable, unique identifier for a key (an element, or an element in a subnet). */
    String id(String key) {
        String known = ids.get(key);
        if (known != null) return known;
        String base = "n_" + key.replaceAll("[^A-Za-z0-9]", "_");
        String id = base;
        for (int i = 2; !usedIds.add(id); i++) id = base + "_" + i;
        ids.put(key, id);
        return id;
    }

    Diagram.Mark mark(String element) {
        return o.marks().getOrDefault(element, Diagram.Mark.NONE);
    }

    /** The element's mark: the marks are keyed by {@link Architecture#uniqueName(Element)}. */
    Diagram.Mark mark(Element e) {
        return mark(a.uniqueName(e));
    }

    /** True when the focus and tag options leave the element in. */
    boolean show(String element) {
        return shown.contains(element);
    }

    /** A node for an element, with its kind's details and icon, and {@code extraDetail} after them. */
    Diagram.Node node(Element e, String key, String group, String extraDetail) {
        String d = Labels.detail(facts, e);
        if (extraDetail != null) d = d.isEmpty() ? extraDetail : d + " · " + extraDetail;
        return new Diagram.Node(id(keyOf(e, key)), e.name(), e.name(), d, Icons.of(facts, e), group, mark(e));
    }

    /**
     * The key of an element's node: as given, but for an element that is not a dependency node
     * (a NAT gateway, an endpoint, a node group) whose name an element of another kind bears too,
     * prefixed by its kind, so the two get identifiers of their own. Only then: the identifiers of
     * every other diagram stay as they were.
     */
    private String keyOf(Element e, String key) {
        return a.sharesName(e) && !dev.archkit.model.schema.Schema.isNode(e.kind()) ? e.kind() + ":" + key : key;   // as uniqueName, for keys such as 'name@subnet' too
    }

    /** The names of the elements drawn so far. */
    Set<String> present() {
        Set<String> out = new HashSet<>();
        for (Diagram.Node n : nodes) if (n.element() != null) out.add(n.element());
        return out;
    }

    /** Every call of the dependency graph (declared, and routes), by caller then callee in declaration order, synchronous first. */
    List<CallFact> calls() {
        List<CallFact> out = new ArrayList<>();
        for (ArchGraph.DepEdge e : facts.graph().dependencies().edgeSet()) out.add(facts.call(e));
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (Element e : a.allElements()) order.put(e.name(), i++);
        out.sort((x, y) -> {
            int c = Integer.compare(order.getOrDefault(x.from(), -1), order.getOrDefault(y.from(), -1));
            if (c != 0) return c;
            c = Integer.compare(order.getOrDefault(x.to(), -1), order.getOrDefault(y.to(), -1));
            return c != 0 ? c : Boolean.compare(x.async(), y.async());
        });
        return out;
    }

    Diagram diagram(String what, List<String> legend) {
        List<String> l = new ArrayList<>(legend);
        if (!o.marks().isEmpty()) {
            l.add("red outline: errors found by 'archkit check'; orange: warnings");
        }
        if (o.focus() != null) l.add("focus: " + o.focus() + ", " + o.depth() + (o.depth() == 1 ? " hop" : " hops"));
        if (o.tag() != null) l.add("tag: " + o.tag());
        String title = a.name() + " · " + what + (a.environment() != null ? " · " + a.environment() : "");
        return new Diagram(view, title, List.copyOf(groups), List.copyOf(nodes), List.copyOf(edges), List.copyOf(l));
    }
}
