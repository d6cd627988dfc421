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
        Inputs inputs = new Inputs();
        SecretRefs refs = new SecretRefs(inputs);
        List<SecretRefs.Arn> arns = secrets("api").stream().map(refs::arnOf).toList();
        Inputs.Variable a = new Inputs.Variable("secret_a_arn", "ARN of the Secrets Manager secret read as A (the model writes "
                + "arn:aws:secretsmanager:eu-west-1:123456789012:secret:a).", Inputs.ArnKind.SECRET,
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:a", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:a");
        assertThat(arns).containsExactly(
                new SecretRefs.Input(a, false),
                new SecretRefs.SsmParameter("shop/b"),
                new SecretRefs.Lookup("secret_shop_c"),
                new SecretRefs.Lookup("secret_shop_c"));
        assertThat(arns).extracting(SecretRefs.Arn::ssm).containsExactly(false, true, false, false);
        assertThat(refs.needsAccountId()).isTrue();
        assertThat(refs.lookups()).containsExactly(java.util.Map.entry("secret_shop_c", "shop/c"));
        assertThat(Hcl.inline(arns.get(1).expr()))
                .isEqualTo("\"arn:aws:ssm:${var.region}:${data.aws_caller_identity.current.account_id}:parameter/shop/b\"");
        assertThat(Hcl.inline(arns.get(2).expr())).isEqualTo("data.aws_secretsmanager_secret.secret_shop_c.arn");
        assertThat(Hcl.inline(arns.get(0).expr())).isEqualTo("var.secret_a_arn");
        assertThat(inputs.required()).isEmpty();
    }

    @Test
    void anArnWithAPlaceholderAccountIsARequiredInputNeverWrittenAsIs() {
        Inputs inputs = new Inputs();
        Inputs.Variable v = inputs.arn("secret/db_arn", "d", Inputs.ArnKind.SECRET, "arn:aws:secretsmanager:eu-west-1:account:secret:db");
        assertThat(v.name()).isEqualTo("secret_db_arn");
        assertThat(v.defaultValue()).isNull();
        assertThat(inputs.required()).containsExactly(v);
        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new InputsEmitter(inputs).emit(d, notes);
        assertThat(d.render()).doesNotContain("default").doesNotContain(":account:secret")
                .contains("condition     = can(regex(\"^arn:aws(-cn|-us-gov)?:secretsmanager:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:secret:.+$\", var.secret_db_arn))");
        assertThat(notes.notGenerated()).singleElement().asString().contains("secret_db_arn");
        assertThat(Inputs.ArnKind.CERTIFICATE.matches("arn:aws:acm:eu-west-1:123456789012:certificate/x")).isTrue();
        assertThat(Inputs.ArnKind.CERTIFICATE.matches("arn:aws:acm:eu-west-1:*:certificate/x")).isFalse();
        assertThat(Inputs.ArnKind.SECRET.matches("arn:aws:secretsmanager:eu-west-1:12345678901:secret:x")).isFalse();
    }

    @Test
    void theSharedExecutionRoleReadsTheSecretsOfTheServicesWithoutARoleOfTheirOwn() {
        SecretRefs refs = new SecretRefs(new Inputs());
        Hcl.Doc d = new Hcl.Doc();
        new IamEmitter(Facts.of(A), refs).emit(d, new Notes());
        String iam = d.render();
        assertThat(iam).contains("resource \"aws_iam_role\" \"ecs_task_execution\"")
                .contains("resource \"aws_iam_role_policy\" \"ecs_task_execution_secrets\"")
                .contains("Resource = [var.secret_a_arn, data.aws_secretsmanager_secret.secret_shop_c.arn]")
                .contains("Action   = \"ssm:GetParameters\"");
        // 'own' has its own execution role: its secret is granted to that role, not the shared one
        String shared = iam.substring(iam.indexOf("\"ecs_task_execution_secrets\""), iam.indexOf("\"exec_secrets\""));
        assertThat(shared).doesNotContain("shop_e");
        assertThat(iam.substring(iam.indexOf("\"exec_secrets\""))).contains("role = aws_iam_role.exec.id")
                .contains("data.aws_secretsmanager_secret.secret_shop_e.arn");
        // the same secret twice is listed once
        assertThat(iam.split("secret_shop_c", -1)).hasSize(2);
        assertThat(refs.lookups()).containsOnlyKeys("secret_shop_c", "secret_shop_e");

        Hcl.Doc data = new Hcl.Doc();
        new SecretLookupEmitter(refs).emit(data, new Notes());
        assertThat(data.render()).isEqualTo("""
                data "aws_caller_identity" "current" {
                }

                data "aws_secretsmanager_secret" "secret_shop_c" {
                  name = "shop/c"
                }

                data "aws_secretsmanager_secret" "secret_shop_e" {
                  name = "shop/e"
                }
                """);
    }
}
