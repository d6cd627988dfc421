package dev.archkit.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, written on its class (as Error Prone's {@code @BugPattern}): every
 * element is named, so a reader sees what each text is, and the compiler checks that none is
 * missing. {@link RuleMeta#of(Class)} reads it into the record the engine, the reporters and
 * the doc pages use; the pages under docs/rules are generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** The stable id, {@code family/name} ({@link RuleMeta#ID}); suppressions and settings name it. */
    String id();

    /** The default severity; {@code rule ID LEVEL} in an architecture changes it. */
    Severity severity();

    /** One line, no final period: what the rule finds. */
    String summary();

    /** Why it matters: what goes wrong in production when the finding is left as it is. */
    String rationale();

    /** How to fix what it finds, in the language of the .arch file where possible. */
    String fix();

    /** The ids of the same check in other tools (cdk-nag, Checkov, Trivy, kube-score) and Well-Architected. */
    String[] references() default {};

    /**
     * The real cases where the rule fires although nothing is wrong (as Threagile lists for its
     * risk rules), one sentence or two each, so that a reader can tell a false positive from a
     * finding and suppress it with a reason. No default: an empty list states that none is known.
     */
    String[] falsePositives();

    /**
     * For a security rule, how severe its finding is on the CVSS scale GitHub code scanning reads
     * ({@code security-severity}: 9.0 and above critical, 7.0 high, 4.0 medium, 0.1 low); 0, the
     * default, for a rule that is not about security.
     */
    double securitySeverity() default 0;
}
