package dev.archkit.rules;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;

import java.util.List;

/**
 * One thing a rule found: where (the primary location), what, related places that explain it
 * (e.g. the security group rule and the dependency it exceeds), how to fix it, the element or
 * dependency it is about (for suppressions), the environments it holds in, and its cause: what,
 * within the subject, the finding is about (an environment variable, an IAM action, a security
 * group rule's source), null when the subject alone says it; and the subject's kind, null for a
 * dependency or the whole architecture (names are unique per namespace only, so a cluster and a
 * service may both be the subject 'orders').
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                      String fix, String subject, List<String> environments, String cause, String subjectKind) implements Comparable<Finding> {

    public record Related(Location location, String message) { }

    public Finding {
        related = List.copyOf(related);
        environments = List.copyOf(environments);
    }

    /**
     * The model element the finding is about, in {@code a}: found by kind and name when the kind is
     * known, else by name; null when the subject is not an element of {@code a} (a dependency, the
     * whole architecture, or none). Diagrams, the report and the editor's quick fixes all ask it.
     */
    public Element subjectIn(Architecture a) {
        if (subject == null) return null;
        return subjectKind != null ? a.element(subjectKind, subject) : a.element(subject);
    }

    /** A finding about no element, or whose subject's kind is not known. */
    public Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                   String fix, String subject, List<String> environments, String cause) {
        this(ruleId, severity, message, location, related, fix, subject, environments, cause, null);
    }

    /** A finding whose subject alone says what it is about. */
    public Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                   String fix, String subject, List<String> environments) {
        this(ruleId, severity, message, location, related, fix, subject, environments, null);
    }

    /**
     * Its identity across runs: rule, subject and cause (when no cause is given, the message with
     * its numbers left out), never the line, so it holds while unrelated lines move or counts
     * change. Used by suppressions that name a cause and written to SARIF partialFingerprints.
     */
    public String fingerprint() {
        String why = cause != null ? cause : message.replaceAll("\\d+(\\.\\d+)?", "#");
        String text = ruleId + '\n' + (subject == null ? "" : subject) + '\n' + why;
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, location, related, fix, subject, environments, cause, subjectKind);
    }

    public Finding withEnvironments(List<String> envs) {
        return new Finding(ruleId, severity, message, location, related, fix, subject, envs, cause, subjectKind);
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
