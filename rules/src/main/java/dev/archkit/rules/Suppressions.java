package dev.archkit.rules;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.view.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code suppress RULE "reason"} statements of an architecture (on elements and
 * dependencies, of the base and of its environments, and on whole files), which finding each
 * excuses, and what is wrong with the statements themselves: no reason, too short a reason, or
 * nothing excused.
 */
final class Suppressions {

    /** Suppression reasons shorter than this explain nothing (cdk-nag asks for 10 characters too). */
    static final int MIN_REASON = 10;

    /**
     * One statement; {@code subject} is the element name or dependency id, null for a whole file;
     * {@code subjectKind} the element's kind (a cluster's suppression does not excuse a finding
     * about the service of the same name), null for a dependency or a file.
     */
    record Suppression(String ruleId, String reason, Location at, String subject, String cause, String subjectKind) {
        Suppression(String ruleId, String reason, Location at, String subject) {
            this(ruleId, reason, at, subject, null, null);
        }

        /** Excuses the finding: same rule, same subject (or, without one, same file) and, when it names a cause, the same cause. */
        boolean excuses(Finding f) {
            if (!ruleId.equals(f.ruleId())) return false;
            if (cause != null && !cause.equals(f.cause())) return false;
            if (subjectKind != null && f.subjectKind() != null && !subjectKind.equals(f.subjectKind())) return false;
            return subject != null ? subject.equals(f.subject()) : at.file().equals(f.location().file());
        }
    }

    private final List<Suppression> all;
    private final boolean[] used;

    Suppressions(Architecture base) {
        List<Suppression> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Property p : base.properties()) if (p.key().equals("suppress")) add(out, seen, statement(p, null));
        for (Element e : base.allElements()) addAll(out, seen, e);
        for (Dependency d : base.dependencies()) addAll(out, seen, d);
        for (Environment env : base.environments()) {
            for (Element e : env.elements()) addAll(out, seen, e);
            for (Dependency d : env.dependencies()) addAll(out, seen, d);
        }
        this.all = List.copyOf(out);
        this.used = new boolean[all.size()];
    }

    /** The first statement that excuses {@code f}, marked as used; null when none does. */
    Suppression excuse(Finding f) {
        for (int i = 0; i < all.size(); i++) {
            Suppression s = all.get(i);
            if (s.excuses(f)) {
                used[i] = true;
                return s;
            }
        }
        return null;
    }

    /** The statements in the order written, base first. */
    List<Suppression> all() { return all; }

    /** True once the statement excused a finding. */
    boolean used(Suppression s) {
        return used[all.indexOf(s)];
    }

    /** What is wrong with a statement of a known rule: no reason, or one too short; null when it is fine. */
    static String reasonProblem(Suppression s) {
        if (s.reason() == null) return "suppression of " + s.ruleId() + " without a reason";
        if (s.reason().strip().length() < MIN_REASON) {
            return "suppression of " + s.ruleId() + " with too short a reason (\"" + s.reason() + "\")";
        }
        return null;
    }

    /** The message for a statement that excused nothing. */
    static String unusedMessage(Suppression s) {
        return "suppression of " + s.ruleId() + " excuses nothing" + (s.subject() == null ? " in this file" : " on '" + s.subject() + "'");
    }

    private static void addAll(List<Suppression> out, Set<String> seen, Element e) {
        for (View.Suppression s : ((View) () -> e).suppressions()) {
            add(out, seen, new Suppression(s.rule(), s.reason().orElse(null), s.at(), e.name(), s.cause().orElse(null), e.kind()));
        }
    }

    private static void addAll(List<Suppression> out, Set<String> seen, Dependency d) {
        // a dependency has no typed view of its suppressions: they are read as written
        for (Property p : d.properties()) if (p.key().equals("suppress")) add(out, seen, statement(p, d.id()));
    }

    private static Suppression statement(Property p, String subject) {
        Value reason = p.field("reason"), cause = p.field("cause");
        return new Suppression(p.field("rule").text(), reason == null ? null : reason.text(), p.location(), subject, cause == null ? null : cause.text(), null);
    }

    private static void add(List<Suppression> out, Set<String> seen, Suppression s) {
        if (seen.add(s.at().toString())) out.add(s);   // the same statement seen through an environment view counts once
    }
}
