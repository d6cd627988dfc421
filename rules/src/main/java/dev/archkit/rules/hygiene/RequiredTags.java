package dev.archkit.rules.hygiene;

import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.View;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.Set;

/** hygiene/required-tags */
@RuleInfo(
        id = "hygiene/required-tags",
        severity = Severity.WARNING,
        summary = "An element lacks a tag the architecture requires",
        rationale = "Cost allocation, ownership and automation depend on tags; an untagged resource is billed to nobody and paged to nobody.",
        fix = "Add the tag to the element: tag KEY \"value\".",
        references = {"AWS tagging best practices"},
        falsePositives = {
                "Tags applied by the deployment tooling to every resource (Terraform provider default_tags, CDK Tags.of(app)) are not seen, so every element is reported although the AWS resources carry the tags.",
                "A MinIO bucket ('bucket ... type minio') is not an AWS resource and cannot carry AWS tags, but is reported like an S3 bucket."
        })
public final class RequiredTags implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Settings settings = new Settings(ctx.arch());
        List<String> required = settings.requiredTags();
        if (required.isEmpty()) return;
        for (Element e : ctx.arch().allElements()) {
            Kind k = Kind.of(e);
            if (k == null || !k.isNode() || k == Kind.EXTERNAL) continue;
            View view = () -> e;   // tags are common to every kind
            Set<String> has = view.tags().keySet();
            List<String> missing = required.stream().filter(r -> !has.contains(r)).toList();
            if (!missing.isEmpty()) {
                ctx.about(e, e.location(), e.kind() + " '" + e.name() + "' lacks the required tag" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing)).related(settings.requiredTagsAt(), "required here").report();
            }
        }
    }
}
