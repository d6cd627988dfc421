package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/wildcard-action */
public final class WildcardAction extends AbstractRule {
    public WildcardAction() {
        super("least-privilege/wildcard-action", Severity.ERROR, "An IAM statement allows every action, or every action of a service",
                "'*' or 's3:*' grants actions nobody reviewed, including destructive and privilege-escalating ones that appear in the service later.",
                "List the actions the code calls, e.g. s3:GetObject, s3:PutObject.",
                "AwsSolutions-IAM5", "CKV_AWS_63", "AWS-0057", "WA SEC03-BP02");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element role : ctx.arch().elementsOfKind("role")) {
            for (Property p : role.all("allow")) {
                if (!(p.field("actions") instanceof Value.ListValue l)) continue;
                for (Value a : l.items()) {
                    String s = a.text();
                    if (s.equals("*") || s.endsWith(":*")) {
                        ctx.about(role, a.at(), "role '" + role.name() + "' allows '" + s + "'").report();
                    }
                }
            }
        }
    }
}
