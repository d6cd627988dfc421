package dev.archkit.gen.terraform;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;

/** The element kinds no emitter writes: each such element is noted as not generated. */
final class NotGeneratedKinds {
    private NotGeneratedKinds() { }

    static void note(Architecture a, Notes notes) {
        for (Element e : a.allElements()) {
            Kind kind = Kind.of(e);
            if (kind == null) continue;
            String what = switch (kind) {
                case APIGATEWAY -> "API Gateway '" + e.name() + "' (routes, authorizers, VPC link, throttling)";
                case TABLE -> "DynamoDB table '" + e.name() + "'";
                case SEARCH -> "OpenSearch domain '" + e.name() + "'";
                case FUNCTION -> "Lambda function '" + e.name() + "'";
                default -> null;
            };
            if (what != null) notes.notGenerated(what);
        }
    }
}
