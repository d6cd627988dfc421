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
    private final List<Inventory.Unreadable> unreadable;
    final List<DriftItem> items = new ArrayList<>();
    final Set<Object> matched = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Security groups found live: element to live id, and live id to element. */
    final Map<String, String> sgIds = new HashMap<>();
    final Map<String, String> sgNames = new HashMap<>();
    /** Subnets found live: live id to element. */
    final Map<String, String> subnetNames = new HashMap<>();
    /** NAT gateways found live: live id to element. */
    final Map<String, String> natNames = new HashMap<>();
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
        this.unreadable = inv.unreadable();
    }

    /**
     * Why one of these operations ("service.Operation") could not tell about {@code resource}: a
     * failure of the whole list (no resource), or of this resource; with no resource asked, any
     * failure of the operation. Empty when everything they read was read.
     */
    java.util.Optional<String> unread(String resource, String... ops) {
        for (String op : ops) {
            Operation want = Operation.of(op);
            for (Inventory.Unreadable u : unreadable) {
                if (!want.equals(new Operation(u.service(), u.operation()))) continue;
                if (resource == null || u.resource() == null || u.resource().equals(resource)) {
                    return java.util.Optional.of(u.service() + " " + u.operation() + (u.resource() == null ? "" : " (" + u.resource() + ")") + ": " + u.reason());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The live name or id an element is mapped to, or null. */
    String mapped(Kind kind, String element) {
        return mapped.get(new Mapped(kind, element));
    }

    /** True when any of these operations ("service.Operation") failed, for anything. */
    boolean cannotRead(String... ops) {
        return unread(null, ops).isPresent();
    }

    String reasonFor(String... ops) {
        return unread(null, ops).orElse("not read");
    }

    /** Why a part of {@code resource} is unknown: the failure of one of {@code ops} about it, else "not read". */
    String reasonAbout(String resource, String... ops) {
        return unread(resource, ops).orElse("not read");
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

    /** The element is not live: missing, or unknown when one of {@code ops} failed (for anything). */
    void missing(View e, String... ops) {
        missingIn(e, null, ops);
    }

    /** The element is not live: missing, or unknown when one of {@code ops} failed for {@code scope} (or for everything). */
    void missingIn(View e, String scope, String... ops) {
        java.util.Optional<String> why = unread(scope, ops);
        if (why.isPresent()) items.add(new DriftItem(DriftItem.Change.UNKNOWN, e.kind().id(), e.name(), null, null, null, e.location(), why.get()));
        else items.add(new DriftItem(DriftItem.Change.MISSING, e.kind().id(), e.name(), null, null, null, e.location(), "looked for " + expectedName(e)));
    }

    /** The model's name of a live subnet, or null when it is not one of the model's and the subnets could not all be read. */
    String subnetName(String id) {
        String n = subnetNames.get(id);
        return n != null || cannotRead("ec2.DescribeSubnets") ? n : id;
    }

    /** The model's name of a live security group, or null when it is not one of the model's and the groups could not all be read. */
    String groupName(String id) {
        String n = sgNames.get(id);
        return n != null || cannotRead("ec2.DescribeSecurityGroups") ? n : id;
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
