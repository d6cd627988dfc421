package dev.archkit.lang;

import dev.archkit.model.Element;
import dev.archkit.model.Parallelism;
import dev.archkit.model.Suggest;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolve stage: every reference must name an element of a kind it may name, in its scope.
 * Reads the names only, so the references are checked in parts side by side when the
 * {@link Parallelism} allows, each part into diagnostics of its own, merged in order: the result
 * is the same either way.
 */
final class Resolver {

    /** Fewer references than this are checked in one part: splitting them costs more than it saves. */
    static final int PART = 4096;

    private final Parallelism parallelism;
    private final int part;

    Resolver(Parallelism parallelism) {
        this(parallelism, PART);
    }

    /** With parts of at least {@code part} references (tests split small models this way). */
    Resolver(Parallelism parallelism, int part) {
        this.parallelism = parallelism;
        this.part = part;
    }

    /** Checks {@code refs} against {@code names} (an environment's, when {@code env} is not null). */
    void resolve(List<PendingRef> refs, Scope names, String env, Diagnostics diags) {
        List<List<PendingRef>> parts = Parts.of(refs, part, parallelism);
        if (parts.size() == 1) {
            check(refs, names, env, diags);
            return;
        }
        List<Diagnostics> found = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (List<PendingRef> part : parts) {
            Diagnostics into = new Diagnostics();
            found.add(into);
            tasks.add(() -> check(part, names, env, into));
        }
        parallelism.runAll(tasks);
        for (Diagnostics d : found) diags.addAll(d.sorted());
    }

    private static void check(List<PendingRef> refs, Scope names, String env, Diagnostics diags) {
        Map<String, List<String>> byKind = null;
        Map<Set<String>, Set<String>> spaces = new java.util.IdentityHashMap<>();   // the kinds' sets are shared by the references of a type
        for (PendingRef p : refs) {
            String n = p.ref().name();
            Set<String> kinds = p.type().refKinds();
            Element target = null;
            List<Element> fitting = null;
            for (String ns : spaces.computeIfAbsent(kinds, Resolver::namespaces)) {   // one namespace, but for 'via' (load balancer, gateway or Cloud Map namespace)
                Element e = names.lookup(ns, n);
                if (e == null) continue;
                if (kinds.contains(e.kind())) {
                    if (fitting == null) fitting = new ArrayList<>(1);
                    fitting.add(e);
                    target = e;
                } else if (target == null) {
                    target = e;
                }
            }
            if (target == null) target = names.anyNamed(n);   // of another namespace: the wrong kind, said so
            if (fitting != null && fitting.size() > 1) {
                Diagnostic d = Diagnostic.error("ambiguous-reference", p.ref().at(), "'" + n + "' could name "
                        + String.join(" or ", fitting.stream().map(e -> "the " + e.kind() + " '" + n + "'").toList()));
                for (Element e : fitting) d = d.withRelated(e.location(), "the " + e.kind() + " '" + n + "' is declared here");
                diags.add(d.withHint("names are unique per kind only, and either kind fits here: rename one of them"));
            } else if (target == null) {
                if (byKind == null) {
                    byKind = new HashMap<>();
                    for (Element el : names.elements()) byKind.computeIfAbsent(el.kind(), k -> new ArrayList<>()).add(el.name());
                }
                diags.error("unresolved-reference", p.ref().at(), "unknown " + what(kinds) + " '" + n + "'" + (env != null ? " (environment " + env + ")" : ""),
                        hint(n, kinds, byKind));
            } else if (fitting == null) {
                Set<String> dup = names.duplicateKinds(n);
                if (dup != null && dup.stream().anyMatch(kinds::contains)) continue;   // the duplicate is the error, said once
                String what = kinds.size() > 3 ? "a service, data store or other node" : "a " + String.join(" or a ", new TreeSet<>(kinds));
                diags.add(Diagnostic.error("wrong-kind", p.ref().at(), "'" + n + "' is a " + target.kind() + ", but " + what + " is expected here")
                        .withRelated(target.location(), "'" + n + "' is declared here"));
            }
        }
    }

    /** The namespaces a reference to {@code kinds} may name, in a fixed order. */
    private static Set<String> namespaces(Set<String> kinds) {
        if (kinds.size() == 1) return Set.of(dev.archkit.model.ElementKey.namespaceOf(kinds.iterator().next()));
        Set<String> out = new TreeSet<>();
        for (String k : kinds) out.add(dev.archkit.model.ElementKey.namespaceOf(k));
        return out;
    }

    private static String what(Set<String> kinds) {
        return kinds.size() == 1 ? kinds.iterator().next() : kinds.size() > 3 ? "element" : String.join(" or ", new TreeSet<>(kinds));
    }

    private static String hint(String n, Set<String> kinds, Map<String, List<String>> byKind) {
        List<String> candidates = new ArrayList<>();
        for (String k : kinds) candidates.addAll(byKind.getOrDefault(k, List.of()));
        String m = Suggest.closest(n, candidates);
        if (m != null) return "did you mean '" + m + "'?";
        if (candidates.isEmpty()) {
            String w = what(kinds);
            return "declare " + ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w + " named '" + n + "'";
        }
        return "known: " + String.join(", ", candidates.stream().sorted().limit(8).toList()) + (candidates.size() > 8 ? ", ..." : "");
    }
}
