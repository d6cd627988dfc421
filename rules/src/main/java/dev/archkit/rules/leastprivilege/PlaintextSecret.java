package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.regex.Pattern;

/** least-privilege/plaintext-secret */
public final class PlaintextSecret extends AbstractRule {
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY).*");
    static final Pattern SECRET_VALUE = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*|gh[pousr]_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]{10,}");

    public PlaintextSecret() {
        super("least-privilege/plaintext-secret", Severity.ERROR, "A secret is set in plain text as an environment variable",
                "Plain environment values are stored in the task definition or manifest, shown in consoles and logs, and readable by anyone who can describe the task.",
                "Keep the value in Secrets Manager or SSM and write: secret NAME from secretsmanager \"name-or-arn\".",
                "AwsSolutions-ECS2", "AWS-0036", "CKV_K8S_35", "kube-linter env-var-secret");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            for (Property p : s.all("env")) {
                String name = p.field("name").text();
                String value = p.field("value").text();
                if (value.isEmpty()) continue;
                if (SECRET_NAME.matcher(name).matches()) {
                    ctx.about(s, p.location(), "service '" + s.name() + "' sets " + name + " in plain text").report();
                } else if (SECRET_VALUE.matcher(value).find()) {
                    ctx.about(s, p.field("value").at(), "the value of " + name + " in service '" + s.name() + "' looks like a credential").report();
                }
            }
        }
    }
}
