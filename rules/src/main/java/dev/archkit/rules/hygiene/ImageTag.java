package dev.archkit.rules.hygiene;

import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** hygiene/image-tag */
@RuleInfo(
        id = "hygiene/image-tag",
        severity = Severity.WARNING,
        summary = "A container image is ':latest' or has no tag",
        rationale = "':latest' (or no tag) means a different image on every pull: a restart or scale-out silently deploys untested code, and a rollback cannot go back.",
        fix = "Pin a version tag or a digest: image \"repo/service:1.4.2\" or \"repo/service@sha256:...\".",
        references = {"CKV_K8S_14", "CKV_K8S_43", "kube-score container-image-tag", "kube-linter latest-tag"},
        falsePositives = {
                "An image whose tag the deployment pipeline fills in (the .arch file names the repository only, the pipeline appends the commit) is reported as untagged.",
                "It applies in every environment, so a development environment that follows ':latest' on purpose is reported."
        })
public final class ImageTag implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            Value.StringValue image = s.image().orElse(null);
            if (image != null) judge(ctx, s, image.text(), image.at(), "service '" + s.name() + "'");
            for (Task.Sidecar sc : s.sidecars()) {
                judge(ctx, s, sc.image(), sc.imageAt(), "sidecar '" + sc.name() + "' of '" + s.name() + "'");
            }
        }
    }

    private void judge(RuleContext ctx, Service s, String image, Location at, String who) {
        String tag = tag(image);
        if (tag == null) ctx.about(s.element(), at, who + " uses image \"" + image + "\" without a tag").report();
        else if (tag.equals("latest")) ctx.about(s.element(), at, who + " uses image \"" + image + "\" (':latest')").report();
    }

    /** The tag of an image reference, "" for a digest, or null when there is none. */
    static String tag(String image) {
        if (image.contains("@")) return "";
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        return colon < 0 ? null : image.substring(colon + 1);
    }
}
