package dev.archkit.rules;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a rule sees: one view of the architecture, the facts derived from it once, the inputs the
 * engine was given, a memo shared by the rules of the view, and where to report.
 */
public final class RuleContext {
    private final Architecture arch;
    private final Facts facts;
    private final boolean production;
    private final List<Finding> out;
    private final Architecture base;
    private final Architecture baseline;
    private final Map<Input<?>, Object> inputs;
    private final Memo memo;
    private final Rule current;

    /**
     * A value given to the engine for the rules that know its key ({@link RuleEngine#with}), such
     * as the price table of the cost family; the API itself knows no such value.
     */
    public record Input<T>(String name, Class<T> type) { }

    /** Values computed once per view for all the rules of the view, whichever thread asks first; failures are remembered. */
    static final class Memo {
        private final ConcurrentHashMap<Object, Once> values = new ConcurrentHashMap<>();

        private static final class Once {
            private Object value;
            private RuntimeException failure;
            private boolean done;

            synchronized Object get(Supplier<?> compute) {
                if (!done) {
                    try {
                        value = compute.get();
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    done = true;
                }
                if (failure != null) throw failure;
                return value;
            }
        }

        Object get(Object key, Supplier<?> compute) {
            return values.computeIfAbsent(key, k -> new Once()).get(compute);
        }
    }

    RuleContext(Rule current, Architecture arch, Facts facts, boolean production, List<Finding> out,
                Architecture base, Architecture baseline, Map<Input<?>, Object> inputs, Memo memo) {
        this.current = current;
        this.arch = arch;
        this.facts = facts;
        this.production = production;
        this.out = out;
        this.base = base;
        this.baseline = baseline;
        this.inputs = inputs;
        this.memo = memo;
    }

    /** The architecture as written, with all its environments (the view is {@link #arch()}). */
    public Architecture base() { return base; }

    /**
     * The same view of the architecture before the change under review ({@code archkit diff}), or
     * null when there is no baseline or it has no such environment.
     */
    public Architecture baseline() {
        if (baseline == null) return null;
        if (arch.environment() == null) return baseline.environments().isEmpty() ? baseline : null;
        return baseline.environmentNamed(arch.environment()) == null ? null : baseline.forEnvironment(arch.environment());
    }

    /** The view being checked: the architecture itself, or one environment's effective model. */
    public Architecture arch() { return arch; }

    /** What is derived from the view (graphs, services, calls, chains, names), computed once per view. */
    public Facts facts() { return facts; }

    /** The value given to the engine for {@code key}, if any. */
    public <T> Optional<T> input(Input<T> key) {
        return Optional.ofNullable(key.type().cast(inputs.get(key)));
    }

    /**
     * The value for {@code key} in this view: computed by the first rule (on any thread) that asks,
     * then shared by every rule of the view; a failure is remembered and thrown to each that asks.
     * Keys are compared with {@code equals}; a family keys its values with its own objects.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> compute) {
        return (T) memo.get(key, compute);
    }

    /** True for a production environment, or for an architecture that declares no environments. */
    public boolean production() { return production; }

    /** The environment this view is of, or null for an architecture without environments. */
    public String environment() { return arch.environment(); }

    /** Starts a finding of the current rule about an element. */
    public Report about(Element e, Location at, String message) {
        return new Report(e.name(), e.kind(), at, message);
    }

    /** Starts a finding of the current rule about a dependency. */
    public Report about(Dependency d, Location at, String message) {
        return new Report(d.id(), null, at, message);
    }

    /** Starts a finding about the architecture as a whole. */
    public Report about(Location at, String message) {
        return new Report(null, null, at, message);
    }

    /** A finding being written: add related places, then {@link #report()}. */
    public final class Report {
        private final String subject;
        private final String subjectKind;
        private final Location at;
        private final String message;
        private final List<Finding.Related> related = new ArrayList<>();
        private String fix;
        private String cause;

        private Report(String subject, String subjectKind, Location at, String message) {
            this.subject = subject;
            this.subjectKind = subjectKind;
            this.at = at;
            this.message = message;
        }

        public Report related(Location l, String why) {
            if (l != null && l.isKnown()) related.add(new Finding.Related(l, why));
            return this;
        }

        /** The fix of this finding, worded for its architecture (an example in its own region); the rule's fix otherwise. */
        public Report fix(String text) {
            this.fix = text;
            return this;
        }

        /** What within the subject the finding is about (an environment variable, an action): part of its fingerprint. */
        public Report cause(String what) {
            this.cause = what;
            return this;
        }

        public void report() {
            RuleMeta m = current.meta();
            List<String> envs = arch.environment() == null ? List.of() : List.of(arch.environment());
            out.add(new Finding(m.id(), m.severity(), message, at, related, fix == null ? m.fix() : fix, subject, envs, cause, subjectKind));
        }
    }
}
