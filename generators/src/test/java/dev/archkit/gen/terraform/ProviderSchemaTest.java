package dev.archkit.gen.terraform;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Terraform file archkit generates (the golden files, which TerraformTest holds equal to the
 * generator's output for every example, environment and edge case) checked against the AWS
 * provider's real schema, 5.x and 6.x: types, argument and block names, required arguments and
 * the shape of values. The provider's own schema, not a table of archkit's.
 */
class ProviderSchemaTest {
    static final List<ProviderSchema> PROVIDERS = List.of(ProviderSchema.major(5), ProviderSchema.major(6));

    @TestFactory
    Stream<DynamicTest> everyGeneratedFileFitsTheProvidersSchema() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TerraformTest.GOLDEN)) {
            files = s.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
        assertThat(files).as("golden Terraform files").hasSizeGreaterThan(20);
        return files.stream().flatMap(f -> PROVIDERS.stream().map(p -> DynamicTest.dynamicTest(
                TerraformTest.GOLDEN.relativize(f) + " on provider " + p.version, () -> {
                    Map<String, Object> doc = new HCLParser().parse(Files.readString(f));
                    assertThat(p.check(TerraformTest.GOLDEN.relativize(f).toString(), doc)).isEmpty();
                })));
    }

    @Test
    void theExtractsAreOfBothMajorVersions() {
        assertThat(PROVIDERS.get(0).version).startsWith("5.");
        assertThat(PROVIDERS.get(1).version).startsWith("6.");
    }

    static List<String> problems(String hcl) throws Exception {
        return PROVIDERS.get(1).check("t.tf", new HCLParser().parse(hcl));
    }

    @Test
    void anInventedArgumentIsReported() throws Exception {
        assertThat(problems("""
                resource "aws_sqs_queue" "q" {
                  name           = "q"
                  retention_days = 4
                }
                """)).singleElement().asString().contains("aws_sqs_queue.q has no argument or block 'retention_days'");
    }

    @Test
    void aMissingRequiredArgumentOrBlockIsReported() throws Exception {
        assertThat(problems("""
                resource "aws_ecs_service" "s" {
                  name = "s"
                  capacity_provider_strategy {
                    weight = 1
                  }
                }
                resource "aws_vpc_security_group_ingress_rule" "r" {
                  security_group_id = "sg-1"
                }
                """)).containsExactlyInAnyOrder(
                "t.tf: aws_ecs_service.s.capacity_provider_strategy lacks the required argument 'capacity_provider' (provider 6.25.0)",
                "t.tf: aws_vpc_security_group_ingress_rule.r lacks the required argument 'ip_protocol' (provider 6.25.0)");
    }

    @Test
    void valuesOfTheWrongShapeAreReported() throws Exception {
        assertThat(problems("""
                resource "aws_sqs_queue" "q" {
                  name = ["a", "b"]
                  tags = ["x"]
                }
                resource "aws_ecs_service" "s" {
                  name                       = "s"
                  deployment_circuit_breaker = true
                }
                """)).containsExactlyInAnyOrder(
                "t.tf: aws_sqs_queue.q.name is a string, found a list",
                "t.tf: aws_sqs_queue.q.tags is a map, found a list",
                "t.tf: aws_ecs_service.s.deployment_circuit_breaker must be a block, found a bool");
    }

    @Test
    void theProviderConfigurationIsChecked() throws Exception {
        assertThat(problems("""
                provider "aws" {
                  region       = "eu-west-1"
                  default_tag  = { a = "b" }
                }
                """)).singleElement().asString().contains("provider aws has no argument or block 'default_tag'");
    }

    @Test
    void anUnknownTypeIsReportedAndMetaArgumentsAreAccepted() throws Exception {
        assertThat(problems("""
                resource "aws_ecs_servise" "s" {
                  name = "s"
                }
                resource "aws_sqs_queue" "q" {
                  count      = 1
                  depends_on = [aws_sqs_queue.r]
                  lifecycle {
                    ignore_changes = [tags]
                  }
                }
                """)).singleElement().asString().contains("resource type aws_ecs_servise is not in provider 6.25.0");
    }
}
