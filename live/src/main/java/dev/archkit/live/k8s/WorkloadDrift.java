package dev.archkit.live.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.gen.k8s.Manifests;
import dev.archkit.live.drift.Drift;
import dev.archkit.live.drift.DriftItem;
import dev.archkit.live.drift.DriftRules;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Service;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the objects {@code archkit k8s} writes for one view ({@link Manifests}) with what a
 * cluster holds ({@link ClusterInventory}). Each object is matched by kind, namespace and name:
 * <ul>
 *   <li>missing: not in a list that was read completely;</li>
 *   <li>unknown: not in the pages read of a list that failed (forbidden, a timeout, a server
 *       error): never missing;</li>
 *   <li>changed: found, with fields archkit sets that differ ({@link FieldDiff});</li>
 *   <li>extra: labelled as this architecture's ({@code app.kubernetes.io/managed-by=archkit},
 *       {@code app.kubernetes.io/part-of=ARCH}) in a namespace read, but not expected.</li>
 * </ul>
 * Items are named {@code NAMESPACE/NAME} with the Kubernetes kind, and located at the element
 * they come from (the service, the load balancer of an Ingress), at the property where one
 * says it (image, replicas, port).
 */
public final class WorkloadDrift {
    static final String MANAGED_BY = "app.kubernetes.io/managed-by", PART_OF = "app.kubernetes.io/part-of";

    private WorkloadDrift() { }

    /** The namespaces of the objects drift reads: where to list. */
    public static Set<String> namespaces(List<Manifests.Manifest> expected) {
        Set<String> out = new TreeSet<>();
        for (Manifests.Manifest m : expected) {
            if (ObjectKind.of(m.object()).isPresent()) out.add(m.object().getMetadata().getNamespace());
        }
        return out;
    }

    public static Drift.Report compare(Facts facts, List<Manifests.Manifest> expected, ClusterInventory inv, List<DriftRules.Ignore> ignores) {
        List<DriftItem> items = new ArrayList<>();
        List<Drift.NotChecked> notChecked = new ArrayList<>();
        Set<String> expectedKeys = new HashSet<>();
        for (Manifests.Manifest m : expected) {
            HasMetadata o = m.object();
            Location at = location(facts, m.element());
            Optional<ObjectKind> kind = ObjectKind.of(o);
            if (kind.isEmpty()) {
                notChecked.add(new Drift.NotChecked(o.getKind(), name(o), at, "drift does not read " + o.getKind() + " objects"));
                continue;
            }
            expectedKeys.add(key(kind.get(), o));
            Optional<ClusterInventory.Listing> listing = inv.listing(kind.get(), o.getMetadata().getNamespace());
            Optional<HasMetadata> live = listing.flatMap(l -> l.named(o.getMetadata().getName()));
            if (live.isPresent()) {
                for (FieldDiff.Difference d : FieldDiff.between(o, live.get())) {
                    items.add(new DriftItem(DriftItem.Change.CHANGED, o.getKind(), name(o), d.path(), d.model(), d.live(), at(facts, m.element(), d.path(), at), null));
                }
            } else if (listing.isEmpty() || !listing.get().complete()) {
                items.add(new DriftItem(DriftItem.Change.UNKNOWN, o.getKind(), name(o), null, null, null, at,
                        "kubernetes list " + kind.get().resource() + " (namespace " + o.getMetadata().getNamespace() + "): "
                                + listing.map(ClusterInventory.Listing::failure).orElse("not read")));
            } else {
                items.add(new DriftItem(DriftItem.Change.MISSING, o.getKind(), name(o), null, null, null, at,
                        "looked for " + o.getKind() + " " + o.getMetadata().getName() + " in namespace " + o.getMetadata().getNamespace()));
            }
        }
        String architecture = facts.architecture().name();
        for (ClusterInventory.Listing l : inv.listings().values()) {
            for (HasMetadata o : l.items()) {
                Map<String, String> labels = o.getMetadata().getLabels();
                if (labels == null || !"archkit".equals(labels.get(MANAGED_BY)) || !architecture.equals(labels.get(PART_OF))) continue;
                if (expectedKeys.contains(key(l.kind(), o))) continue;
                items.add(new DriftItem(DriftItem.Change.EXTRA, l.kind().kind(), name(o), null, null, null, facts.architecture().location(),
                        "labelled " + MANAGED_BY + "=archkit, " + PART_OF + "=" + architecture));
            }
        }
        notChecked.sort(java.util.Comparator.comparing(Drift.NotChecked::at).thenComparing(Drift.NotChecked::kind).thenComparing(Drift.NotChecked::name));
        return Drift.report(facts.architecture().environment(), items, ignores, inv.unreadable(), notChecked);
    }

    private static String key(ObjectKind kind, HasMetadata o) {
        return kind + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
    }

    private static String name(HasMetadata o) {
        String ns = o.getMetadata().getNamespace();
        return (ns == null ? "" : ns + "/") + o.getMetadata().getName();
    }

    private static Location location(Facts facts, String element) {
        Element e = element == null ? null : facts.architecture().element(element);
        return e != null ? e.location() : facts.architecture().location();
    }

    /** Where the model says what a field holds: the service's image, replicas or port when it is one of those, else the element. */
    private static Location at(Facts facts, String element, String path, Location fallback) {
        Element e = element == null ? null : facts.architecture().element(element);
        if (!Kind.SERVICE.is(e)) return fallback;
        Service s = new Service(e);
        Location at = Location.UNKNOWN;
        if (path.endsWith(".image")) at = s.imageAt();
        else if (path.equals("spec.replicas")) at = s.replicas().at();
        else if (path.contains(".ports[")) at = s.portAt();
        return at != null && at.isKnown() ? at : fallback;
    }
}
