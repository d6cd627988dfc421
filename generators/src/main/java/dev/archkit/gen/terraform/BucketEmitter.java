package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Typed;

import java.util.Locale;

import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * s3.tf: the S3 buckets, each with its public access block (all blocked unless the model says
 * public), default encryption and, when the model says so, versioning. MinIO buckets are not AWS
 * resources and are noted. Bucket names are global across all AWS accounts: the name written is
 * predictable, not guaranteed free.
 */
final class BucketEmitter implements Emitter {
    /** AWS's length limit of a bucket name. */
    static final int BUCKET_NAME = 63;

    private final Facts facts;

    BucketEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.S3; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Bucket b : Typed.buckets(facts.architecture())) {
            if (b.type() == Bucket.Type.MINIO) {
                notes.notGenerated("MinIO bucket '" + b.name() + "' (not an AWS resource)");
                continue;
            }
            bucket(d, notes, b);
        }
    }

    private void bucket(Hcl.Doc d, Notes notes, Bucket b) {
        String l = Labels.label(b.name());
        String name = facts.names().aws(b.name(), BUCKET_NAME).toLowerCase(Locale.ROOT).replace('_', '-');
        d.open("resource", "aws_s3_bucket", l);
        d.attr("bucket", name);
        d.attr("tags", tags(b, name));
        d.close().blank();
        d.open("resource", "aws_s3_bucket_public_access_block", l);
        d.attr("bucket", raw("aws_s3_bucket." + l + ".id"));
        boolean block = !b.isPublic();
        for (String a : new String[] {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}) d.attr(a, block);
        d.close().blank();
        if (b.isPublic()) notes.notGenerated("the bucket policy that makes '" + b.name() + "' public (its public access block is open; write the policy by hand)");
        d.open("resource", "aws_s3_bucket_server_side_encryption_configuration", l);
        d.attr("bucket", raw("aws_s3_bucket." + l + ".id"));
        d.open("rule");
        d.open("apply_server_side_encryption_by_default");
        d.attr("sse_algorithm", "AES256");
        d.close();
        d.close();
        d.close().blank();
        if (b.versioning()) {
            d.open("resource", "aws_s3_bucket_versioning", l);
            d.attr("bucket", raw("aws_s3_bucket." + l + ".id"));
            d.open("versioning_configuration");
            d.attr("status", "Enabled");
            d.close();
            d.close().blank();
        }
    }
}
