package dev.archkit.rules;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.Suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the catalog over an architecture: over each environment's effective model (or the
 * architecture itself when it declares none), with the facts of each view derived once, merges
 * the same finding across environments, applies the architecture's 'rule ID LEVEL' settings and
 * the 'suppress' statements ({@link Suppressions}), and reports suppressions that lack a reason,
 * name an unknown rule or excuse nothing.
 *
 * <p>Over 300 lines on purpose: its four records (Result, Suppressed, Disabled, Settings) are
 * the engine's own API, read by every reporter, and live with it; the work itself (views,
 * running, merging environments) is about 200 lines.
 */
public final class RuleEngine {

    /** The outcome: active findings in stable order, and what was suppressed, with why. */
    public record Result(List<Finding> findings, List<Suppressed> suppressed, Map<String, Long> nanosByRule, List<Disabled> disabled) {
        public Result {
            findings = List.copyOf(findings);
            suppressed = List.copyOf(suppressed);
            disabled = List.copyOf(disabled);
        }

        public long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }

        /** True when some finding is at least as serious as {@code failOn}. */
        public boolean failsAt(Severity failOn) {
            return findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
        }
    }

    public record Suppressed(Finding finding, String reason, Location suppression) { }

    /**
     * A rule turned off, by a {@code rule ID off "why"} setting of the architecture or by the
     * project's configuration: where, and why ({@code null} when no reason was given, which is
     * itself a finding). Every report lists these, so that a rule never goes quiet without a trace.
     */
    public record Disabled(String ruleId, String reason, Location at) implements Comparable<Disabled> {
        @Override
        public int compareTo(Disabled o) {
            int c = ruleId.compareTo(o.ruleId);
            return c != 0 ? c : at.toString().compareTo(o.at.toString());
        }
    }

    /**
     * Settings for every architecture the engine checks (the project's configuration file):
     * severities by rule id, and rules turned off with their reasons. An architecture's own
     * {@code rule ID LEVEL} settings take precedence for the rules they name.
     */
    public record Settings(Map<String, Severity> levels, List<Disabled> off) {
        public static final Settings NONE = new Settings(Map.of(), List.of());

        public Settings {
            levels = Map.copyOf(levels);
            off = List.copyOf(off);
        }
    }

    /**
     * Below this many elements a view's rules run one after another whatever the parallelism:
     * handing 39 small tasks to other threads would cost more than it saves.
     */
    static final int PARALLEL_FROM = 2000;

    /** Suppression reasons shorter than this explain nothing (cdk-nag asks for 10 characters too). */
    public static final int MIN_REASON = Suppressions.MIN_REASON;

    private final List<Rule> rules;
    private final Map<String, Rule> byId = new LinkedHashMap<>();

    private final Map<RuleContext.Input<?>, Object> inputs;
    private final Parallelism parallelism;
    private final String assumedEnvironment;
    private final Settings settings;

    /**
     * An engine over {@code rules} that runs them, and derives each view's facts, side by side
     * as far as {@code parallelism} allows (on views from {@link #PARALLEL_FROM} elements); the
     * result is the same for every parallelism.
     */
    public RuleEngine(List<Rule> rules, Parallelism parallelism) {
        this(rules, Map.of(), parallelism);
    }

    private RuleEngine(List<Rule> rules, Map<RuleContext.Input<?>, Object> inputs, Parallelism parallelism) {
        this(rules, inputs, parallelism, null, Settings.NONE);
    }

    private RuleEngine(List<Rule> rules, Map<RuleContext.Input<?>, Object> inputs, Parallelism parallelism, String assumedEnvironment,
                       Settings settings) {
        this.assumedEnvironment = assumedEnvironment;
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.rules = List.copyOf(rules);
        this.inputs = Map.copyOf(inputs);
        this.parallelism = java.util.Objects.requireNonNull(parallelism, "parallelism");
        for (Rule r : rules) byId.put(r.meta().id(), r);
    }

    /** The same engine giving its rules {@code value} for {@code key} (e.g. the cost family's price table). */
    public <T> RuleEngine with(RuleContext.Input<T> key, T value) {
        Map<RuleContext.Input<?>, Object> next = new HashMap<>(inputs);
        next.put(key, key.type().cast(java.util.Objects.requireNonNull(value, "value")));
        return new RuleEngine(rules, next, parallelism, assumedEnvironment, settings);
    }

    /**
     * The same engine checking an architecture that declares no environments as the environment
     * {@code name} (its stage from the name: prod is production, dev development); without it
     * such an architecture is checked as production.
     */
    public RuleEngine assumingEnvironment(String name) {
        return new RuleEngine(rules, inputs, parallelism, name, settings);
    }

    /**
     * The same engine applying {@code settings} (from the project's configuration) to every
     * architecture; an architecture's own 'rule' settings override them rule by rule. A rule
     * id the engine does not know is refused: the caller reports it where it was written.
     */
    public RuleEngine configured(Settings settings) {
        for (String id : settings.levels().keySet()) requireKnown(id);
        for (Disabled d : settings.off()) requireKnown(d.ruleId());
        return new RuleEngine(rules, inputs, parallelism, assumedEnvironment, settings);
    }

    /** Whether {@code id} names a rule of this engine. */
    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    /** The ids of the engine's rules, in catalog order. */
    public List<String> ruleIds() {
        return List.copyOf(byId.keySet());
    }

    private void requireKnown(String id) {
        if (!byId.containsKey(id)) throw new IllegalArgumentException("unknown rule " + id);
    }

    /** Whether an architecture without environments is checked as production (no environment assumed, or a production one). */
    public boolean assumesProduction() {
        return assumedEnvironment == null || Environment.stageOf(assumedEnvironment).equals("production");
    }

    public Result run(Architecture base) {
        return run(base, null);
    }

    /** Checks {@code base}; rules that compare with the version before a change (cost increase) see {@code baseline}. */
    public Result run(Architecture base, Architecture baseline) {
        Map<String, Severity> levels = new HashMap<>(settings.levels());
        Map<String, Disabled> disabled = new LinkedHashMap<>();
        for (Disabled d : settings.off()) disabled.put(d.ruleId(), d);
        Set<String> off = disabled.keySet();
        List<Finding> meta = new ArrayList<>();
        List<Finding> unexplained = new ArrayList<>();   // rules turned off without a reason: never turned off themselves
        for (dev.archkit.model.view.Settings.RuleLevel l : new dev.archkit.model.view.Settings(base).ruleLevels()) {
            if (!byId.containsKey(l.id())) {
                meta.add(unknownRule(l.id(), l.idAt(), "the setting"));
                continue;
            }
            if (l.level().equals("off")) {
                String reason = l.reason() == null ? null : l.reason().strip();
                levels.remove(l.id());
                disabled.put(l.id(), new Disabled(l.id(), reason, l.at()));
                if (reason == null || reason.length() < MIN_REASON) unexplained.add(metaFinding(SuppressionWithoutReason.ID, l.at(),
                        "rule " + l.id() + " turned off " + (reason == null ? "without a reason" : "with too short a reason (\"" + reason + "\")"), null));
            } else {
                disabled.remove(l.id());   // the architecture's own setting wins over the project's
                levels.put(l.id(), Severity.parse(l.level()));
            }
        }

        Map<String, Finding> merged = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (View v : views(base)) {
            long g0 = System.nanoTime();
            Facts facts = Facts.of(v.arch, parallelism);   // the graphs split their work only on a large view
            nanos.merge("(facts)", System.nanoTime() - g0, Long::sum);
            RuleContext.Memo memo = new RuleContext.Memo();
            List<Rule> active = new ArrayList<>();
            for (Rule r : rules) if (!(r instanceof EngineRule) && !off.contains(r.meta().id())) active.add(r);
            // rules only read the view and its facts, so they may run side by side; each writes its own list,
            // and the lists are joined in catalog order, so the result does not depend on scheduling
            List<List<Finding>> perRule = new ArrayList<>();
            long[] ruleNanos = new long[active.size()];
            List<Runnable> tasks = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                perRule.add(new ArrayList<>());
                int index = i;
                tasks.add(() -> ruleNanos[index] = check(new RuleContext(active.get(index), v.arch, facts, v.production,
                        perRule.get(index), base, baseline, inputs, memo), active.get(index), v));
            }
            if (splits(v.arch)) {
                List<Runnable> all = new ArrayList<>(facts.deferred());   // derived first, side by side, before the rules that read them
                all.addAll(tasks);
                runShared(all, parallelism);
            } else {
                runShared(tasks, Parallelism.serial());
            }
            for (int i = 0; i < active.size(); i++) {
                nanos.merge(active.get(i).meta().id(), ruleNanos[i], Long::sum);
                for (Finding f : perRule.get(i)) {
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
        }

        Suppressions suppressions = new Suppressions(base);
        List<Finding> active = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f0 : merged.values()) {
            Finding f = levels.containsKey(f0.ruleId()) ? f0.withSeverity(levels.get(f0.ruleId())) : f0;
            Suppressions.Suppression s = suppressions.excuse(f);
            if (s != null) suppressed.add(new Suppressed(f, s.reason(), s.at()));
            else active.add(f);
        }
        for (Suppressions.Suppression s : suppressions.all()) {
            if (!byId.containsKey(s.ruleId())) {
                meta.add(unknownRule(s.ruleId(), s.at(), "the suppression"));
                continue;
            }
            String problem = Suppressions.reasonProblem(s);
            if (problem != null) meta.add(metaFinding(SuppressionWithoutReason.ID, s.at(), problem, s.subject()));
            if (!suppressions.used(s)) meta.add(metaFinding(UnusedSuppression.ID, s.at(), Suppressions.unusedMessage(s), s.subject()));
        }
        for (Finding f : meta) {
            if (off.contains(f.ruleId())) continue;
            active.add(levels.containsKey(f.ruleId()) ? f.withSeverity(levels.get(f.ruleId())) : f);
        }
        active.addAll(unexplained);
        Collections.sort(active);
        suppressed.sort((a, b) -> a.finding().compareTo(b.finding()));
        List<Disabled> offList = new ArrayList<>(disabled.values());
        Collections.sort(offList);
        return new Result(active, suppressed, Map.copyOf(nanos), offList);
    }

    /** Runs one rule on one view into its context's list; returns the time it took. */
    private static long check(RuleContext ctx, Rule r, View v) {
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

    private List<View> views(Architecture base) {
        if (base.environments().isEmpty()) return List.of(new View(base, assumesProduction()));
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
}
