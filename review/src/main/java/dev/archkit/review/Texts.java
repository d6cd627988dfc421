package dev.archkit.review;

import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The small phrases every report shares, so that text, Markdown, JSON and the HTML report say the same thing. */
public final class Texts {
    private Texts() { }

    /** How many pieces of evidence a report lists per verdict before "and N more". */
    static final int EVIDENCE_SHOWN = 3;

    public static String cost(OptionalDouble cost) {
        return cost.isPresent() ? String.format(Locale.ROOT, "$%,.2f", cost.getAsDouble()) : "unpriced";
    }

    static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "2 errors, 5 warnings, 1 info". */
    public static String findings(List<Finding> findings) {
        return dev.archkit.rules.report.Report.tally(count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
    }

    /** A requirement's label: {@code must AV1 survives-zone-loss}. */
    static String requirement(Judgement j) {
        return requirement(j.requirement());
    }

    static String requirement(dev.archkit.model.req.Requirement r) {
        return r.priority().id() + " " + r.id() + " " + r.statement();
    }

    /** The evidence lines shown for a verdict, at most {@link #EVIDENCE_SHOWN}, then how many more. */
    static List<String> evidence(Outcome o) {
        List<String> lines = new java.util.ArrayList<>();
        List<Evidence> ev = o.evidence();
        for (int i = 0; i < Math.min(ev.size(), EVIDENCE_SHOWN); i++) lines.add(ev.get(i).text());
        if (ev.size() > EVIDENCE_SHOWN) lines.add("and " + (ev.size() - EVIDENCE_SHOWN) + " more");
        return lines;
    }

    /** Why a candidate ranks where it does, from its tally. */
    public static String standing(Assessment a) {
        Tally t = a.tally();
        return t.failedMusts() + " failed must(s), " + t.unknownMusts() + " unknown must(s), " + t.failedShoulds() + " failed should(s), "
                + cost(t.cost()) + "/month";
    }

    /** A percent as written: {@code 10%}, {@code 12.5%}. */
    static String percent(double p) {
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }

    /** A duration in milliseconds as the language writes it: {@code 500ms}, {@code 2s}, {@code 2500ms}. */
    static String millis(long ms) {
        return new dev.archkit.model.Value.Duration(ms, null).text();
    }
}
