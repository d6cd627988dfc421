package dev.archkit.lang;

import dev.archkit.model.Suggest;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Parallelism;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic-checks stage: the language's own checks on a resolved architecture (not lint rules:
 * these make the input invalid). Here: the region, zones within it, duplicate dependencies and
 * timeouts; the checks of single elements are {@link ElementChecks}. Runs on the base architecture
 * and on each environment's effective view.
 */
final class Semantics {

    static final List<String> REGIONS = List.of(
            "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7",
            "ca-central-1", "ca-west-1", "cn-north-1", "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1",
            "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1",
            "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-gov-east-1", "us-gov-west-1", "us-west-1", "us-west-2");

    /** Fewer elements than this are checked in one part: splitting them costs more than it saves. */
    static final int PART = 2048;

    private final Diagnostics diags;
    private final Parallelism parallelism;
    private final int part;

    Semantics(Diagnostics diags, Parallelism parallelism) {
        this(diags, parallelism, PART);
    }

    /** With parts of at least {@code part} elements (tests split small models this way). */
    Semantics(Diagnostics diags, Parallelism parallelism, int part) {
        this.diags = diags;
        this.parallelism = parallelism;
        this.part = part;
    }

    void check(Architecture base) {
        checkView(base, true);
        for (Environment e : base.environments()) {
            checkEnvironment(base, e);
            try {
                checkView(base.forEnvironment(e.name()), false);
            } catch (IllegalArgumentException ignored) {
                // reported already
            }
        }
    }

    private void checkEnvironment(Architecture base, Environment e) {
        Property z = e.property("zones");
        String region = base.region();
        if (z != null && region != null) zonesInRegion(z.value(), region);
    }

    private void checkView(Architecture a, boolean isBase) {
        String region = a.region();
        if (isBase) {
            Property r = a.property("region");
            if (r == null) {
                diags.error("missing-region", a.location(), "the architecture '" + a.name() + "' has no region",
                        "add a line such as: region ap-northeast-2");
            } else if (!REGIONS.contains(region)) {
                String m = Suggest.closest(region, REGIONS);
                diags.error("region", r.value().at(), "unknown AWS region '" + region + "'", m != null ? "did you mean '" + m + "'?" : null);
                region = null;
            }
            Property z = a.property("zones");
            if (z != null && region != null) zonesInRegion(z.value(), region);
        } else if (region != null && !REGIONS.contains(region)) {
            region = null;
        }
        Set<String> zones = new HashSet<>();
        Value zv = a.value("zones");
        if (zv instanceof Value.ListValue l) for (Value v : l.items()) zones.add(v.text());

        elementsAndDependencies(a, region, zones);
    }

    /**
     * Each element is checked on its own, and the dependencies together: in parts side by side
     * when the parallelism allows (the dependencies as one more part: on 20k services they took
     * 24 ms after the elements' parts, on one thread), each part into diagnostics of its own,
     * merged in order (they are sorted before anyone sees them).
     */
    private void elementsAndDependencies(Architecture a, String region, Set<String> zones) {
        List<List<Element>> parts = Parts.of(a.allElements(), part, parallelism);
        if (parts.size() == 1) {
            new ElementChecks(diags, a, region, zones).check(a.allElements());
            dependencies(a, diags);
            return;
        }
        List<Diagnostics> found = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        Diagnostics ofDependencies = new Diagnostics();
        tasks.add(() -> dependencies(a, ofDependencies));
        for (List<Element> p : parts) {
            Diagnostics into = new Diagnostics();
            found.add(into);
            tasks.add(() -> new ElementChecks(into, a, region, zones).check(p));
        }
        parallelism.runAll(tasks);
        for (Diagnostics d : found) diags.addAll(d.sorted());
        diags.addAll(ofDependencies.sorted());
    }

    /** A dependency's identity, for finding duplicates without building its text. */
    private record Ends(String from, String to, boolean async) {
        // written out: the generated record hashCode goes through method handles, which the
        // launcher's C1-only JIT does not inline (a 10k-service check spent 5 ms in it)
        @Override
        public int hashCode() {
            return (from.hashCode() * 31 + to.hashCode()) * 2 + (async ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ends e && e.async == async && e.from.equals(from) && e.to.equals(to);
        }
    }

    private static void dependencies(Architecture a, Diagnostics diags) {
        Map<Ends, Dependency> seen = new HashMap<>();
        for (Dependency d : a.dependencies()) {
            Dependency prior = seen.putIfAbsent(new Ends(d.from(), d.to(), d.async()), d);
            if (prior != null && prior != d && !prior.location().equals(d.location())) {
                diags.add(Diagnostic.error("duplicate", d.location(), "the dependency " + d.id() + " is declared twice")
                        .withRelated(prior.location(), "first declared here").withHint("merge their properties into one"));
            }
            Value t = d.value("timeout");
            if (t instanceof Value.Duration dur && dur.millis() <= 0) {
                diags.error("range", t.at(), "a timeout must be longer than zero", null);
            }
        }
    }

    private void zonesInRegion(Value zones, String region) {
        if (!(zones instanceof Value.ListValue l)) return;
        Set<String> seen = new HashSet<>();
        for (Value z : l.items()) {
            if (!z.text().startsWith(region) || z.text().length() != region.length() + 1 && !z.text().startsWith(region + "-")) {
                diags.error("zone", z.at(), "zone '" + z.text() + "' is not in the region " + region,
                        "zones of " + region + " are named " + region + "a, " + region + "b, ...");
            }
            if (!seen.add(z.text())) diags.error("duplicate", z.at(), "zone '" + z.text() + "' is listed twice", null);
        }
    }

}
