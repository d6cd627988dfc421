package dev.archkit.gen.terraform;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;

/** The element kinds no emitter writes: each such element is noted as not generated. */
final class NotGeneratedKinds {
    private NotGeneratedKinds() { }

    static void note(Architecture a, Notes notes) {
        for (Element e : a.allElements()) {
            String what = switch (e.kind()) {
                case "apigateway" -> "API Gateway '" + e.name() + "' (routes, authorizers, VPC link, throttling)";
                case "queue" -> "SQS queue '" + e.name() + "'";
                case "topic" -> "SNS topic '" + e.name() + "'";
                case "eventbus" -> "EventBridge bus '" + e.name() + "'";
                case "table" -> "DynamoDB table '" + e.name() + "'";
                case "bucket" -> ("minio".equals(e.string("type")) ? "MinIO bucket '" : "S3 bucket '") + e.name() + "'";
                case "search" -> "OpenSearch domain '" + e.name() + "'";
                case "function" -> "Lambda function '" + e.name() + "'";
                case "alarm" -> "CloudWatch alarm '" + e.name() + "'";
                default -> null;
            };
            if (what != null) notes.notGenerated(what);
        }
    }
}
