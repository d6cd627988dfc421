package dev.archkit.gen.terraform;

import java.util.Map;

/**
 * The data sources the secret references need: the caller's account (for SSM parameter ARNs) and a
 * lookup per Secrets Manager secret. Runs after every emitter that refers to secrets.
 */
final class SecretLookupEmitter implements Emitter {
    private final SecretRefs secrets;

    SecretLookupEmitter(SecretRefs secrets) { this.secrets = secrets; }

    @Override public TfFile file() { return TfFile.DATA; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        if (secrets.needsAccountId()) {
            d.open("data", "aws_caller_identity", "current");
            d.close().blank();
        }
        // metadata only: the lookup gives the ARN, Terraform never reads the secret's value
        for (Map.Entry<String, String> s : secrets.lookups().entrySet()) {
            d.open("data", "aws_secretsmanager_secret", s.getKey());
            d.attr("name", s.getValue());
            d.close().blank();
        }
    }
}
