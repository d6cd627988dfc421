package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.EventBus;
import dev.archkit.model.view.Queue;
import dev.archkit.model.view.Topic;
import dev.archkit.model.view.Typed;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * messaging.tf: SQS queues (encrypted at rest, with their dead-letter queue), SNS topics (with
 * the AWS-managed key when the model says encrypted) and EventBridge buses (with their archive).
 * Who may send and receive is not written here: the services' roles say it.
 */
final class MessagingEmitter implements Emitter {
    /** AWS's length limit of a queue or topic name, ".fifo" included. */
    static final int QUEUE_NAME = 80, TOPIC_NAME = 256, BUS_NAME = 256, ARCHIVE_NAME = 48;

    private final Facts facts;

    MessagingEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.MESSAGING; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Queue q : Typed.queues(facts.architecture())) queue(d, q);
        for (Topic t : Typed.topics(facts.architecture())) topic(d, notes, t);
        for (EventBus b : Typed.eventBuses(facts.architecture())) bus(d, b);
    }

    /** A name within a limit, with the ".fifo" suffix FIFO queues and topics must have. */
    private String name(String element, boolean fifo, int max) {
        return fifo ? facts.names().aws(element, max - 5) + ".fifo" : facts.names().aws(element, max);
    }

    private void queue(Hcl.Doc d, Queue q) {
        String name = name(q.name(), q.fifo(), QUEUE_NAME);
        d.open("resource", "aws_sqs_queue", Labels.label(q.name()));
        d.attr("name", name);
        if (q.fifo()) d.attr("fifo_queue", true);
        q.visibility().ifPresent(v -> d.attr("visibility_timeout_seconds", v.millis() / 1000));
        q.retention().ifPresent(r -> d.attr("message_retention_seconds", r.millis() / 1000));
        // encrypted at rest whatever the model says: SQS-managed keys cost nothing
        d.attr("sqs_managed_sse_enabled", true);
        q.deadLetterQueue().filter(dlq -> facts.architecture().element(dlq) != null).ifPresent(dlq -> d.attr("redrive_policy", Hcl.jsonencode(obj()
                .put("deadLetterTargetArn", TfExpr.ref("aws_sqs_queue", dlq, "arn"))
                .put("maxReceiveCount", q.maxReceives().orElse(5L)).build())));
        d.attr("tags", tags(q, name));
        d.close().blank();
    }

    private void topic(Hcl.Doc d, Notes notes, Topic t) {
        String name = name(t.name(), t.fifo(), TOPIC_NAME);
        d.open("resource", "aws_sns_topic", Labels.label(t.name()));
        d.attr("name", name);
        if (t.fifo()) d.attr("fifo_topic", true);
        // the AWS-managed key only when asked for: CloudWatch alarms cannot publish to a topic under it
        if (t.encrypted()) d.attr("kms_master_key_id", "alias/aws/sns");
        d.attr("tags", tags(t, name));
        d.close().blank();
    }

    private void bus(Hcl.Doc d, EventBus b) {
        String name = facts.names().aws(b.name(), BUS_NAME);
        d.open("resource", "aws_cloudwatch_event_bus", Labels.label(b.name()));
        d.attr("name", name);
        d.attr("tags", tags(b, name));
        d.close().blank();
        b.archive().ifPresent(a -> {
            d.open("resource", "aws_cloudwatch_event_archive", Labels.label(b.name()));
            d.attr("name", facts.names().aws(b.name() + "-archive", ARCHIVE_NAME));
            d.attr("event_source_arn", raw("aws_cloudwatch_event_bus." + Labels.label(b.name()) + ".arn"));
            d.attr("retention_days", Math.max(1, a.millis() / 86_400_000L));
            d.close().blank();
        });
    }
}
