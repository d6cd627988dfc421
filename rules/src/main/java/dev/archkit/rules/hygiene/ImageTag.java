package dev.archkit.rules.hygiene;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
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
        for (Element s : ctx.arch().elementsOfKind("service")) {
            Property image = s.property("image");
            if (image != null) judge(ctx, s, image.value().text(), image.value().at(), "service '" + s.name() + "'");
            for (Property p : s.all("sidecar")) {
                Value img = p.field("image");
                if (img != null) judge(ctx, s, img.text(), img.at(), "sidecar '" + p.field("name").text() + "' of '" + s.name() + "'");
            }
        }
    }

    private void judge(RuleContext ctx, Element s, String image, dev.archkit.model.Location at, String who) {
        String tag = tag(image);
        if (tag == null) ctx.about(s, at, who + " uses image \"" + image + "\" without a tag").report();
        else if (tag.equals("latest")) ctx.about(s, at, who + " uses image \"" + image + "\" (':latest')").report();
    }

    /** The tag of an image reference, "" for a digest, or null when there is none. */
    static String tag(String image) {
        if (image.contains("@")) return "";
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        return colon < 0 ? null : image.substring(colon + 1);
    }
}
