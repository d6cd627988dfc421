package dev.archkit.gen.terraform;

import dev.archkit.model.Architecture;
import dev.archkit.model.view.Settings;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;

/** versions.tf: the Terraform and provider versions, and the provider with the architecture's default tags. */
final class VersionsEmitter implements Emitter {
    private final Architecture a;

    VersionsEmitter(Architecture view) { this.a = view; }

    @Override public TfFile file() { return TfFile.VERSIONS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        d.open("terraform");
        d.attr("required_version", ">= 1.5.0");
        d.open("required_providers");
        d.attr("aws", obj().put("source", "hashicorp/aws").put("version", ">= 5.0, < 7.0").build());
        d.close();
        d.close();
        d.blank();
        d.open("provider", "aws");
        d.attr("region", raw("var.region"));
        d.attr("allowed_account_ids", raw("var.account_id == null ? null : [var.account_id]"));
        d.open("default_tags");
        Hcl.ObjBuilder t = obj().put("archkit:architecture", a.name());
        if (a.environment() != null) t.put("archkit:environment", a.environment());
        new Settings(a).tags().forEach(t::put);
        d.attr("tags", t.build());
        d.close();
        d.close();
    }
}
