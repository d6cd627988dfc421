package dev.archkit.rules;

import dev.archkit.cost.PriceTable;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.Property;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the catalog over an architecture: over each environment's effective model (or the
 * architecture itself when it declares none), merges the same finding across environments,
 * applies the architecture's 'rule ID LEVEL' settings and the 'suppress' statements, and
 * reports suppressions that lack a reason, name an unknown rule or excuse nothing.
 */
public final class RuleEngine {

    /** The outcome: active findings in stable order, and what was suppressed, with why. */
    public record Result(List<Finding> findings, List<Suppressed> suppressed, Map<String, Long> nanosByRule) {
        public long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }

        /** True when some finding is at least as serious as {@code failOn}. */
        public boolean failsAt(Severity failOn) {
            return findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
        }
    }

    public record Suppressed(Finding finding, String reason, Location suppression) { }

    /** A 'suppress RULE "reason"' statement and whether it excused anything. */
    private static final class Suppression {
        final String ruleId;
        final String reason;
        final Location at;
        final String subject;   // element name or dependency id; null for a whole file
        boolean used;

        Suppression(String ruleId, String reason, Location at, String subject) {
            this.ruleId = ruleId;
            this.reason = reason;
            this.at = at;
            this.subject = subject;
        }
    }

    /**
     * Below this many elements a view's rules run one after another whatever the parallelism:
     * handing 39 small tasks to other threads would cost more than it saves.
     */
    static final int PARALLEL_FROM = 2000;

    /** Suppression reasons shorter than this explain nothing (cdk-nag asks for 10 characters too). */
    public static final int MIN_REASON = 10;

    private final List<Rule> rules;
    private final Map<String, Rule> byId = new LinkedHashMap<>();

    private final PriceTable prices;
    private final Parallelism parallelism;

    /**
     * An engine over {@code rules} that runs them, and builds each view's graphs, side by side
     * as far as {@code parallelism} allows (on views from {@link #PARALLEL_FROM} elements); the
     * result is the same for every parallelism.
     */
    public RuleEngine(List<Rule> rules, Parallelism parallelism) {
        this(rules, null, parallelism);
    }

    private RuleEngine(List<Rule> rules, PriceTable prices, Parallelism parallelism) {
        this.rules = List.copyOf(rules);
        this.prices = prices;
        this.parallelism = java.util.Objects.requireNonNull(parallelism, "parallelism");
        for (Rule r : rules) byId.put(r.meta().id(), r);
    }

    /** The same engine pricing with another table (default: the embedded one). */
    public RuleEngine withPrices(PriceTable table) {
        return new RuleEngine(rules, table, parallelism);
    }

    public Result run(Architecture base) {
        return run(base, null);
    }

    /** Checks {@code base}; rules that compare with the version before a change (cost increase) see {@code baseline}. */
    public Result run(Architecture base, Architecture baseline) {
        Map<String, Severity> levels = new HashMap<>();
        Set<String> off = new LinkedHashSet<>();
        List<Finding> meta = new ArrayList<>();
        for (Property p : base.properties()) {
            if (!p.key().equals("rule")) continue;
            String id = p.field("id").text();
            String level = p.field("level").text();
            if (!byId.containsKey(id)) {
                meta.add(unknownRule(id, p.field("id").at(), "the setting"));
                continue;
            }
            if (level.equals("off")) off.add(id);
            else levels.put(id, Severity.parse(level));
        }

        Map<String, Finding> merged = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (View v : views(base)) {
            long g0 = System.nanoTime();
            ArchGraph graph = new ArchGraph(v.arch, parallelism);   // split only on a large view
            nanos.merge("(graph)", System.nanoTime() - g0, Long::sum);
            RuleContext.CostMemo costs = new RuleContext.CostMemo();
            // the embedded table is read (JSON) only when a cost rule asks for it
            java.util.function.Supplier<PriceTable> table = prices != null ? () -> prices : PriceTable::embedded;
            List<Rule> active = new ArrayList<>();
            for (Rule r : rules) if (!(r instanceof EngineRule) && !off.contains(r.meta().id())) active.add(r);
            // rules only read the model and graph, so they may run side by side; each writes its own list,
            // and the lists are joined in catalog order, so the result does not depend on scheduling
            List<List<Finding>> perRule = new ArrayList<>();
            long[] ruleNanos = new long[active.size()];
            List<Runnable> tasks = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                perRule.add(new ArrayList<>());
                int index = i;
                tasks.add(() -> ruleNanos[index] = check(active.get(index), v, graph, perRule.get(index), base, baseline, table, costs));
            }
            runShared(tasks, splits(v.arch) ? parallelism : Parallelism.serial());
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                out.addAll(perRule.get(i));
                nanos.merge(active.get(i).meta().id(), ruleNanos[i], Long::sum);
            }
            for (Finding f : out) {
                Finding prior = merged.get(f.key());
                if (prior == null) {
                    merged.put(f.key(), f);
                } else {
                    Set<String> envs = new LinkedHashSet<>(prior.environments());
                    envs.addAll(f.environments());
                    merged.put(f.key(), prior.withEnvironments(new ArrayList<>(envs)));
                }
            }
        }

        List<Suppression> suppressions = suppressions(base);
        List<Finding> active = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f0 : merged.values()) {
            Finding f = levels.containsKey(f0.ruleId()) ? f0.withSeverity(levels.get(f0.ruleId())) : f0;
            Suppression s = match(suppressions, f);
            if (s != null) {
                s.used = true;
                suppressed.add(new Suppressed(f, s.reason, s.at));
            } else {
                active.add(f);
            }
        }
        for (Suppression s : suppressions) {
            if (!byId.containsKey(s.ruleId)) {
                meta.add(unknownRule(s.ruleId, s.at, "the suppression"));
                continue;
            }
            if (s.reason == null || s.reason.strip().length() < MIN_REASON) {
                meta.add(metaFinding(SuppressionWithoutReason.ID, s.at,
                        s.reason == null ? "suppression of " + s.ruleId + " without a reason"
                                : "suppression of " + s.ruleId + " with too short a reason (\"" + s.reason + "\")", s.subject));
            }
            if (!s.used) {
                meta.add(metaFinding(UnusedSuppression.ID, s.at, "suppression of " + s.ruleId + " excuses nothing"
                        + (s.subject == null ? " in this file" : " on '" + s.subject + "'"), s.subject));
            }
        }
        for (Finding f : meta) {
            if (off.contains(f.ruleId())) continue;
            active.add(levels.containsKey(f.ruleId()) ? f.withSeverity(levels.get(f.ruleId())) : f);
        }
        Collections.sort(active);
        suppressed.sort((a, b) -> a.finding().compareTo(b.finding()));
        return new Result(List.copyOf(active), List.copyOf(suppressed), Map.copyOf(nanos));
    }

    /** Runs one rule on one view into its own list; returns the time it took. */
    private static long check(Rule r, View v, ArchGraph graph, List<Finding> into, Architecture base, Architecture baseline,
                              java.util.function.Supplier<PriceTable> table, RuleContext.CostMemo costs) {
        RuleContext ctx = new RuleContext(v.arch, graph, v.production, into, base, baseline, table, costs);
        ctx.use(r);
        long t0 = System.nanoTime();
        try {
            r.check(ctx);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalStateException("rule " + r.meta().id() + " failed on " + v.arch.files().get(0) + ": " + e, e);
        }
        return System.nanoTime() - t0;
    }

    /**
     * Runs the tasks on as many threads as the parallelism offers, the calling thread included
     * (it would otherwise only wait), each taking the next task no one has taken yet; returns
     * when all are done and rethrows the first failure. Serial: every task in order on the
     * calling thread.
     */
    private static void runShared(List<Runnable> tasks, Parallelism parallelism) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) tasks.get(i).run();
        };
        List<java.util.concurrent.CompletableFuture<Object>> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(parallelism.threads(), tasks.size()); h++) {
            helpers.add(parallelism.fork(() -> {
                worker.run();
                return null;
            }));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (var h : helpers) {
            try {
                Parallelism.join(h);
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
        }
        if (failure != null) throw failure;
    }

    /** Whether a view is large enough for its work to be split, when the parallelism allows it. */
    private boolean splits(Architecture view) {
        return parallelism.isParallel() && rules.size() > 1 && view.allElements().size() >= PARALLEL_FROM;
    }

    private record View(Architecture arch, boolean production) { }

    private static List<View> views(Architecture base) {
        if (base.environments().isEmpty()) return List.of(new View(base, true));
        List<View> out = new ArrayList<>();
        for (Environment e : base.environments()) out.add(new View(base.forEnvironment(e.name()), e.isProduction()));
        return out;
    }

    private Finding unknownRule(String id, Location at, String what) {
        String m = Suggest.closest(id, byId.keySet());
        return new Finding(UnknownRule.ID, byId.get(UnknownRule.ID).meta().severity(),
                what + " names an unknown rule '" + id + "'" + (m != null ? "; did you mean '" + m + "'?" : ""),
                at, List.of(), byId.get(UnknownRule.ID).meta().fix(), null, List.of());
    }

    private Finding metaFinding(String id, Location at, String message, String subject) {
        RuleMeta m = byId.get(id).meta();
        return new Finding(id, m.severity(), message, at, List.of(), m.fix(), subject, List.of());
    }

    private static Suppression match(List<Suppression> all, Finding f) {
        for (Suppression s : all) {
            if (!s.ruleId.equals(f.ruleId())) continue;
            if (s.subject != null ? s.subject.equals(f.subject()) : s.at.file().equals(f.location().file())) return s;
        }
        return null;
    }

    /** Every suppression: on elements and dependencies (of the base and of environments) and whole files. */
    private static List<Suppression> suppressions(Architecture base) {
        List<Suppression> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Property p : base.properties()) add(out, seen, p, null);
        for (Element e : base.allElements()) for (Property p : e.all("suppress")) add(out, seen, p, e.name());
        for (Dependency d : base.dependencies()) for (Property p : d.properties()) if (p.key().equals("suppress")) add(out, seen, p, d.id());
        for (Environment env : base.environments()) {
            for (Element e : env.elements()) for (Property p : e.all("suppress")) add(out, seen, p, e.name());
            for (Dependency d : env.dependencies()) for (Property p : d.properties()) if (p.key().equals("suppress")) add(out, seen, p, d.id());
        }
        return out;
    }

    private static void add(List<Suppression> out, Set<String> seen, Property p, String subject) {
        if (!p.key().equals("suppress")) return;
        if (!seen.add(p.location().toString())) return;  // the same statement seen through an environment view
        Value rule = p.field("rule");
        Value reason = p.field("reason");
        out.add(new Suppression(rule.text(), reason == null ? null : reason.text(), p.location(), subject));
    }
}
