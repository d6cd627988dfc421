package dev.archkit.rules;

import dev.archkit.model.Location;

import java.util.List;

/**
 * One thing a rule found: where (the primary location), what, related places that explain it
 * (e.g. the security group rule and the dependency it exceeds), how to fix it, the element or
 * dependency it is about (for suppressions) and the environments it holds in.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                      String fix, String subject, List<String> environments) implements Comparable<Finding> {

    public record Related(Location location, String message) { }

    public Finding {
        related = List.copyOf(related);
        environments = List.copyOf(environments);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, location, related, fix, subject, environments);
    }

    public Finding withEnvironments(List<String> envs) {
        return new Finding(ruleId, severity, message, location, related, fix, subject, envs);
    }

    /** The same finding in another environment: same rule, place and message. */
    String key() {
        return ruleId + '|' + location + '|' + message;
    }

    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = ruleId.compareTo(o.ruleId);
        if (c != 0) return c;
        return message.compareTo(o.message);
    }
}
