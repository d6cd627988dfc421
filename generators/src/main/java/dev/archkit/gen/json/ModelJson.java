package dev.archkit.gen.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.facts.Facts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The resolved model and its graphs as JSON: deterministic (declaration order for elements,
 * sorted edges), with every element's location, for scripts and other tools.
 *
 * <p>The model part writes every property of every element generically, key by key: the JSON
 * mirrors the language whatever the kind, so here (and only here among the generators) the
 * open-ended {@link Element} / {@link Property} API is the right one, not the typed views. The
 * graph part (dependencies, security-group flows, placement by zone) is read from the facts.
 */
public final class ModelJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final boolean locations;

    /** @param locations include file:line:col of every element and property */
    public ModelJson(boolean locations) {
        this.locations = locations;
    }

    /** The model of the facts' architecture view, and its graphs. */
    public String write(Facts facts) {
        return json(tree(facts));
    }

    /** The model alone, without the graphs. */
    public String write(Architecture a) {
        return json(tree(a, null));
    }

    private static String json(ObjectNode tree) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return m.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model of the facts' architecture view, and its graphs, as a tree. */
    public ObjectNode tree(Facts facts) {
        ObjectNode root = tree(facts.architecture(), facts.graph());
        ((ObjectNode) root.get("graph").get("network")).set("routes", routes(facts));
        return root;
    }

    /** Each subnet's default route, as the facts derive it: {@code igw}, {@code nat NAME} or {@code none}. */
    private static ObjectNode routes(Facts facts) {
        ObjectNode o = F.objectNode();
        for (dev.archkit.model.view.Subnet s : dev.archkit.model.view.Typed.subnets(facts.architecture())) o.put(s.name(), facts.route(s).text());
        return o;
    }

    /** The model, and the graphs when {@code g} is not null. */
    public ObjectNode tree(Architecture a, ArchGraph g) {
        ObjectNode root = F.objectNode();
        root.put("architecture", a.name());
        if (a.environment() != null) root.put("environment", a.environment());
        root.set("files", strings(a.files()));
        root.set("properties", props(a.properties()));
        ArrayNode els = F.arrayNode();
        for (Element e : a.elements()) els.add(element(e));
        root.set("elements", els);
        ArrayNode deps = F.arrayNode();
        for (Dependency d : a.dependencies()) deps.add(dependency(d));
        root.set("dependencies", deps);
        ArrayNode envs = F.arrayNode();
        if (a.environment() == null) {
            for (Environment e : a.environments()) {
                ObjectNode en = F.objectNode();
                en.put("name", e.name());
                en.put("stage", e.stage());
                loc(en, e.location());
                en.set("properties", props(e.properties()));
                ArrayNode o = F.arrayNode();
                for (Element x : e.elements()) o.add(element(x));
                en.set("elements", o);
                ArrayNode d = F.arrayNode();
                for (Dependency x : e.dependencies()) d.add(dependency(x));
                en.set("dependencies", d);
                envs.add(en);
            }
            root.set("environments", envs);
        }
        if (g != null) root.set("graph", graph(g));
        return root;
    }

    private ObjectNode graph(ArchGraph g) {
        ObjectNode n = F.objectNode();
        ObjectNode dep = F.objectNode();
        dep.set("nodes", strings(g.dependencies().vertexSet().stream().sorted().toList()));
        ArrayNode edges = F.arrayNode();
        List<ArchGraph.DepEdge> es = new ArrayList<>(g.dependencies().edgeSet());
        es.sort(Comparator.comparing(ArchGraph.DepEdge::from).thenComparing(ArchGraph.DepEdge::to).thenComparing(ArchGraph.DepEdge::async));
        for (ArchGraph.DepEdge e : es) {
            ObjectNode o = F.objectNode();
            o.put("from", e.from());
            o.put("to", e.to());
            o.put("mode", e.async() ? "async" : "sync");
            o.put("origin", e.origin());
            edges.add(o);
        }
        dep.set("edges", edges);
        n.set("dependencies", dep);
        ObjectNode net = F.objectNode();
        ArrayNode groups = F.arrayNode();
        for (String v : g.securityGroups().vertexSet().stream().sorted().toList()) {
            if (v.startsWith(ArchGraph.CIDR_PREFIX) || v.startsWith(ArchGraph.PREFIX_LIST_PREFIX)) continue;
            ObjectNode o = F.objectNode();
            o.put("name", v);
            o.set("members", strings(g.membersOf(v)));
            groups.add(o);
        }
        net.set("securitygroups", groups);
        ArrayNode flows = F.arrayNode();
        List<ArchGraph.Flow> fl = new ArrayList<>(g.flows());
        fl.sort(Comparator.comparing(ArchGraph.Flow::from).thenComparing(ArchGraph.Flow::to).thenComparingInt(ArchGraph.Flow::fromPort));
        for (ArchGraph.Flow f : fl) {
            ObjectNode o = F.objectNode();
            o.put("from", f.from().startsWith(ArchGraph.CIDR_PREFIX) ? f.from().substring(ArchGraph.CIDR_PREFIX.length()) : f.from());
            o.put("to", f.to());
            o.put("protocol", f.protocol());
            o.put("ports", new Value.Ports(f.fromPort(), f.toPort(), Location.UNKNOWN).text());
            o.put("via", f.viaGroup());
            flows.add(o);
        }
        net.set("flows", flows);
        n.set("network", net);
        ObjectNode place = F.objectNode();
        // zone vertices have no zones of their own, so only placed elements (and subnets) are written
        for (String v : g.placement().vertexSet().stream().sorted().toList()) {
            var zones = g.zonesOf(v);
            if (!zones.isEmpty()) place.set(v, strings(new ArrayList<>(zones)));
        }
        n.set("placement", place);
        return n;
    }

    private ObjectNode element(Element e) {
        ObjectNode o = F.objectNode();
        o.put("kind", e.kind());
        o.put("name", e.name());
        loc(o, e.location());
        o.set("properties", props(e.properties()));
        if (!e.children().isEmpty()) {
            ArrayNode c = F.arrayNode();
            for (Element x : e.children()) c.add(element(x));
            o.set("children", c);
        }
        return o;
    }

    private ObjectNode dependency(Dependency d) {
        ObjectNode o = F.objectNode();
        o.put("from", d.from());
        o.put("to", d.to());
        o.put("mode", d.async() ? "async" : "sync");
        loc(o, d.location());
        o.set("properties", props(d.properties()));
        return o;
    }

    private ArrayNode props(List<Property> ps) {
        ArrayNode arr = F.arrayNode();
        for (Property p : ps) {
            ObjectNode o = F.objectNode();
            o.put("key", p.key());
            o.set("value", value(p.value()));
            loc(o, p.location());
            arr.add(o);
        }
        return arr;
    }

    /** Values keep their unit in a normalised form (ms, MiB, millicores, cents). */
    public static com.fasterxml.jackson.databind.JsonNode value(Value v) {
        if (v instanceof Value.IntValue i) return F.numberNode(i.value());
        if (v instanceof Value.NumberValue n) return F.numberNode(n.value());
        if (v instanceof Value.BoolValue b) return F.booleanNode(b.value());
        if (v instanceof Value.ListValue l) {
            ArrayNode a = F.arrayNode();
            for (Value x : l.items()) a.add(value(x));
            return a;
        }
        if (v instanceof Value.Struct s) {
            ObjectNode o = F.objectNode();
            for (var e : s.fields().entrySet()) o.set(e.getKey(), value(e.getValue()));
            return o;
        }
        ObjectNode o = F.objectNode();
        if (v instanceof Value.Duration d) { o.put("ms", d.millis()); o.put("text", d.text()); return o; }
        if (v instanceof Value.Size s) { o.put("mib", s.mib()); o.put("text", s.text()); return o; }
        if (v instanceof Value.Cpu c) { o.put("millicores", c.millicores()); o.put("units", c.ecsUnits()); return o; }
        if (v instanceof Value.Percent p) { o.put("percent", p.value()); return o; }
        if (v instanceof Value.Money m) { o.put("usdPerMonth", m.dollars()); return o; }
        if (v instanceof Value.Cidr c) { o.put("cidr", c.text()); return o; }
        if (v instanceof Value.Ports p) { o.put("from", p.from()); o.put("to", p.to()); return o; }
        if (v instanceof Value.Ref r) { o.put("ref", r.name()); return o; }
        if (v instanceof Value.PrefixList pl) { o.put("prefixList", pl.name()); return o; }
        return F.textNode(v.text());
    }

    private void loc(ObjectNode o, Location l) {
        if (locations && l != null && l.isKnown()) o.put("at", l.toString());
    }

    private static ArrayNode strings(List<String> s) {
        ArrayNode a = F.arrayNode();
        s.forEach(a::add);
        return a;
    }
}
