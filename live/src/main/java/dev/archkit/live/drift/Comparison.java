package dev.archkit.live.drift;

import dev.archkit.facts.Facts;
import dev.archkit.facts.Names;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One comparison of a view with an inventory, shared by the comparers of each resource family:
 * which live resource is an element's (by mapping, tag, or name), what could not be read, the
 * live ids found so far (security groups, subnets, VPCs, clusters), and the drift items.
 */
final class Comparison {

    /** An element named in a drift-map file. */
    private record Mapped(Kind kind, String name) { }

    /** A read operation, as recorded in an inventory's unreadable list. */
    record Operation(String service, String name) {
        static Operation of(String dotted) {
            int dot = dotted.indexOf('.');
            return new Operation(dotted.substring(0, dot), dotted.substring(dot + 1));
        }
    }

    final Architecture a;
    final Facts facts;
    final Names names;
    final Inventory inv;
    private final Map<Mapped, String> mapped = new HashMap<>();
    private final Set<Operation> unreadable = new HashSet<>();
    final List<DriftItem> items = new ArrayList<>();
    final Set<Object> matched = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Security groups found live: element to live id, and live id to element. */
    final Map<String, String> sgIds = new HashMap<>();
    final Map<String, String> sgNames = new HashMap<>();
    /** Subnets found live: live id to element. */
    final Map<String, String> subnetNames = new HashMap<>();
    /** The architecture's own VPCs and ECS clusters, as found live: where extras are looked for. */
    final Set<String> vpcIds = new TreeSet<>();
    final Set<String> clusterNames = new TreeSet<>();
    /** ECS clusters found live, by element. */
    final Map<String, Inventory.Cluster> clusters = new HashMap<>();

    Comparison(Facts facts, Inventory inv, List<DriftRules.Mapping> mappings) {
        this.facts = facts;
        this.a = facts.architecture();
        this.names = facts.names();
        this.inv = inv;
        for (DriftRules.Mapping m : mappings) {
            Kind k = Kind.of(m.kind());
            if (k != null) mapped.put(new Mapped(k, m.name()), m.live());   // a kind the language does not know maps nothing
        }
        for (Inventory.Unreadable u : inv.unreadable()) if (u.resource() == null) unreadable.add(new Operation(u.service(), u.operation()));
    }

    /** The live name or id an element is mapped to, or null. */
    String mapped(Kind kind, String element) {
        return mapped.get(new Mapped(kind, element));
    }

    /** True when any of these operations ("service.Operation") could not be read at all. */
    boolean cannotRead(String... ops) {
        for (String op : ops) if (unreadable.contains(Operation.of(op))) return true;
        return false;
    }

    String reasonFor(String... ops) {
        for (Inventory.Unreadable u : inv.unreadable()) {
            for (String op : ops) if (new Operation(u.service(), u.operation()).equals(Operation.of(op))) return u.service() + " " + u.operation() + ": " + u.reason();
        }
        return "not read";
    }

    /** Why one resource could not be read by an operation of any service. */
    String reasonForResource(String operation, String resource) {
        for (Inventory.Unreadable u : inv.unreadable()) {
            if (u.operation().equals(operation) && resource.equals(u.resource())) return u.service() + " " + operation + ": " + u.reason();
        }
        return "not read";
    }

    boolean tagged(Map<String, String> tags, String element) {
        if (tags == null) return false;
        if (!element.equals(tags.get("archkit:element"))) return false;
        String env = tags.get("archkit:environment");
        return env == null || env.equals(a.environment());
    }

    /** Whether a live resource is the element's: by mapping, tag, or name (cut to {@code limit} characters when above 0). */
    boolean is(Kind kind, String element, String liveName, String liveId, Map<String, String> tags, int limit) {
        String m = mapped(kind, element);
        if (m != null) return m.equals(liveName) || m.equals(liveId);
        if (tagged(tags, element)) return true;
        String n = limit > 0 ? names.aws(element, limit) : names.aws(element);
        return n.equals(liveName) || (tags != null && n.equals(tags.get("Name")));
    }

    /** The element is not live: missing, or unknown when one of {@code ops} could not be read. */
    void missing(View e, String... ops) {
        if (cannotRead(ops)) items.add(new DriftItem(DriftItem.Change.UNKNOWN, e.kind().id(), e.name(), null, null, null, e.location(), reasonFor(ops)));
        else items.add(new DriftItem(DriftItem.Change.MISSING, e.kind().id(), e.name(), null, null, null, e.location(), "looked for " + expectedName(e)));
    }

    private String expectedName(View e) {
        String m = mapped(e.kind(), e.name());
        if (m != null) return "'" + m + "' (mapped)";
        return "tag archkit:element=" + e.name() + " or name '" + names.aws(e.name()) + "'";
    }

    /** A changed attribute, when the two values read differently; {@code at} falls back to the element. */
    void changed(View e, Location at, String attribute, Object model, Object live) {
        if (String.valueOf(model).equals(String.valueOf(live))) return;
        items.add(new DriftItem(DriftItem.Change.CHANGED, e.kind().id(), e.name(), attribute, String.valueOf(model), String.valueOf(live),
                at == null || !at.isKnown() ? e.location() : at, null));
    }

    void unknown(View e, String attribute, Location at, String reason) {
        items.add(new DriftItem(DriftItem.Change.UNKNOWN, e.kind().id(), e.name(), attribute, null, null, at, reason));
    }

    void extra(Kind kind, String name, String note) {
        items.add(new DriftItem(DriftItem.Change.EXTRA, kind.id(), name, null, null, null, a.location(), note));
    }

    /** True for a resource in one of the architecture's own VPCs; false for one in no VPC (a database without a subnet group, say). */
    boolean inOwnVpc(String vpcId) {
        return vpcId != null && vpcIds.contains(vpcId);
    }

    /** Where a property is written, or the element when it is not. */
    static Location at(Location property, View element) {
        return property.isKnown() ? property : element.location();
    }
}
