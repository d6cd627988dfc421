package dev.archkit.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable id {@code family/name}, a one-line summary, its default severity,
 * why it matters, how to fix what it finds, and the anchors' ids it corresponds to
 * (cdk-nag, Checkov, Trivy, kube-score, AWS Well-Architected) where they exist.
 */
public record RuleMeta(String id, String summary, Severity severity, String rationale, String fix, List<String> references) {

    public static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        references = List.copyOf(references);
    }

    public String family() { return id.substring(0, id.indexOf('/')); }
}
