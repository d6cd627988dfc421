package dev.archkit.rules.report;

import dev.archkit.rules.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of two versions of an architecture, matched by fingerprint (rule, subject and
 * cause; see {@link Finding#fingerprint()}), never by line or message: a finding whose line
 * moved, or whose message changed a number, is the same finding. Each fingerprint is counted,
 * so two findings sharing one are matched one for one.
 */
public record FindingChanges(List<Finding> added, List<Finding> fixed, List<Finding> unchanged) {

    public FindingChanges {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        unchanged = List.copyOf(unchanged);
    }

    /** added: in {@code after} only; fixed: in {@code before} only; unchanged: in both (as {@code after} has them). */
    public static FindingChanges of(List<Finding> before, List<Finding> after) {
        Map<String, Integer> old = count(before);
        List<Finding> added = new ArrayList<>(), unchanged = new ArrayList<>();
        for (Finding f : after) {
            if (old.merge(f.fingerprint(), -1, Integer::sum) >= 0) unchanged.add(f);
            else added.add(f);
        }
        Map<String, Integer> now = count(after);
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : before) {
            if (now.merge(f.fingerprint(), -1, Integer::sum) < 0) fixed.add(f);
        }
        added.sort(null);
        fixed.sort(null);
        unchanged.sort(null);
        return new FindingChanges(added, fixed, unchanged);
    }

    private static Map<String, Integer> count(List<Finding> fs) {
        Map<String, Integer> n = new HashMap<>();
        for (Finding f : fs) n.merge(f.fingerprint(), 1, Integer::sum);
        return n;
    }
}
