package dev.archkit.gen.terraform;

import dev.archkit.model.Architecture;

import static dev.archkit.gen.terraform.Hcl.raw;

/** variables.tf: the region, defaulting to the architecture's. */
final class VariablesEmitter implements Emitter {
    private final Architecture a;

    VariablesEmitter(Architecture view) { this.a = view; }

    @Override public TfFile file() { return TfFile.VARIABLES; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        d.open("variable", "region");
        d.attr("description", "The AWS region (from the architecture).");
        d.attr("type", raw("string"));
        d.attr("default", a.region() == null ? "us-east-1" : a.region());
        d.close();
    }
}
