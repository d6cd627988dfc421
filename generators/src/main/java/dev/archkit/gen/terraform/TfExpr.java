package dev.archkit.gen.terraform;

import dev.archkit.model.view.View;

import java.util.List;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.refs;

/** Terraform expressions several emitters write: references to resources by element name, and tags. */
final class TfExpr {
    private TfExpr() { }

    /** {@code TYPE.LABEL.ATTRIBUTE} for the resource written for an element. */
    static Hcl.Expr ref(String type, String element, String attribute) {
        return raw(type + "." + Labels.label(element) + "." + attribute);
    }

    /** The ids of the resources of one type written for the named elements, as a list. */
    static Hcl.Expr ids(String type, List<String> elements) {
        return refs(elements.stream().map(x -> type + "." + Labels.label(x) + ".id").toList());
    }

    /** The tags of a resource: its AWS name, the element it comes from, and the element's own tags. */
    static Hcl.Expr tags(View e, String awsName) {
        Hcl.ObjBuilder b = obj().put("Name", awsName).put("archkit:element", e.name());
        e.tags().forEach(b::put);
        return b.build();
    }
}
