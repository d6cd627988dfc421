package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archkit.gen.terraform.SecurityEmitterTest.arch;
import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Secrets are referred to by ARN (written, built or looked up), and the shared execution role may read exactly those. */
class SecretsAndIamTest {

    static final Architecture A = text(arch("""
              service api {
                image "a:1"
                subnets app-a
                secret A from secretsmanager "arn:aws:secretsmanager:eu-west-1:123456789012:secret:a"
                secret B from ssm "/shop/b"
                secret C from secretsmanager "shop/c"
                secret D from secretsmanager "shop/c"
              }
              service own { image "o:1" subnets app-a execution-role exec secret E from secretsmanager "shop/e" }
              role exec { managed "AmazonECSTaskExecutionRolePolicy" }
            """));

    static List<Task.Secret> secrets(String service) { return new Service(A.element(service)).secrets(); }

    @Test
    void eachSecretIsAnArnWrittenBuiltOrLookedUp() {
        SecretRefs refs = new SecretRefs();
        List<SecretRefs.Arn> arns = secrets("api").stream().map(refs::arnOf).toList();
        assertThat(arns).containsExactly(
                new SecretRefs.Literal("arn:aws:secretsmanager:eu-west-1:123456789012:secret:a"),
                new SecretRefs.SsmParameter("shop/b"),
                new SecretRefs.Lookup("secret-shop_c"),
                new SecretRefs.Lookup("secret-shop_c"));
        assertThat(arns).extracting(SecretRefs.Arn::ssm).containsExactly(false, true, false, false);
        assertThat(refs.needsAccountId()).isTrue();
        assertThat(refs.lookups()).containsExactly(java.util.Map.entry("secret-shop_c", "shop/c"));
        assertThat(Hcl.inline(arns.get(1).expr()))
                .isEqualTo("\"arn:aws:ssm:${var.region}:${data.aws_caller_identity.current.account_id}:parameter/shop/b\"");
        assertThat(Hcl.inline(arns.get(2).expr())).isEqualTo("data.aws_secretsmanager_secret.secret-shop_c.arn");
    }

    @Test
    void theSharedExecutionRoleReadsTheSecretsOfTheServicesWithoutARoleOfTheirOwn() {
        SecretRefs refs = new SecretRefs();
        Hcl.Doc d = new Hcl.Doc();
        new IamEmitter(Facts.of(A), refs).emit(d, new Notes());
        String iam = d.render();
        assertThat(iam).contains("resource \"aws_iam_role\" \"ecs-task-execution\"")
                .contains("resource \"aws_iam_role_policy\" \"ecs-task-execution-secrets\"")
                .contains("\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:a\",\n")
                .contains("data.aws_secretsmanager_secret.secret-shop_c.arn,\n")
                .contains("Action   = \"ssm:GetParameters\"")
                // 'own' has its own execution role: its secret is not the shared role's business
                .doesNotContain("shop/e").doesNotContain("shop_e");
        // the same secret twice is listed once
        assertThat(iam.split("secret-shop_c", -1)).hasSize(2);
        assertThat(refs.lookups()).containsOnlyKeys("secret-shop_c");

        Hcl.Doc data = new Hcl.Doc();
        new SecretLookupEmitter(refs).emit(data, new Notes());
        assertThat(data.render()).isEqualTo("""
                data "aws_caller_identity" "current" {
                }

                data "aws_secretsmanager_secret" "secret-shop_c" {
                  name = "shop/c"
                }
                """);
    }
}
