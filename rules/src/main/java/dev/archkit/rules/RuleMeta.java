package dev.archkit.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable id {@code family/name}, a one-line summary, its default severity,
 * why it matters, how to fix what it finds, the anchors' ids it corresponds to (cdk-nag,
 * Checkov, Trivy, kube-score, AWS Well-Architected) where they exist, and the cases known to
 * make it fire although nothing is wrong (empty: none known). Written on the rule class as a
 * {@link RuleInfo}; {@link #of(Class)} reads it. A security rule has a security severity (CVSS
 * scale, 0.1 to 10); any other rule has 0.
 */
public record RuleMeta(String id, String summary, Severity severity, String rationale, String fix,
                       List<String> references, List<String> falsePositives, double securitySeverity) {

    public static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
        if (securitySeverity != 0 && (securitySeverity < 0.1 || securitySeverity > 10)) {
            throw new IllegalArgumentException(id + ": a security severity is 0 (not a security rule) or from 0.1 to 10, not " + securitySeverity);
        }
    }

    /** A rule that is not about security. */
    public RuleMeta(String id, String summary, Severity severity, String rationale, String fix,
                    List<String> references, List<String> falsePositives) {
        this(id, summary, severity, rationale, fix, references, falsePositives, 0);
    }

    /** Whether the rule is about security (it has a security severity). */
    public boolean security() {
        return securitySeverity > 0;
    }

    public String family() { return id.substring(0, id.indexOf('/')); }

    /** Each rule class's metadata, read from its annotation once. */
    private static final ClassValue<RuleMeta> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            RuleInfo i = type.getAnnotation(RuleInfo.class);
            if (i == null) throw new IllegalStateException(type.getName() + " is a rule without a @RuleInfo annotation");
            return new RuleMeta(i.id(), i.summary(), i.severity(), i.rationale(), i.fix(),
                    List.of(i.references()), List.of(i.falsePositives()), i.securitySeverity());
        }
    };

    /** The metadata written on a rule class; fails when the class has no {@link RuleInfo}. */
    public static RuleMeta of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }
}
