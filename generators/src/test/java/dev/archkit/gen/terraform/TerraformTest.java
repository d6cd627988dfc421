package dev.archkit.gen.terraform;

import dev.archkit.facts.Naming;
import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TerraformTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "terraform");
    static final boolean UPDATE = Boolean.getBoolean("archkit.updateGolden");

    static Architecture load(Path p) {
        var r = ModelBuilder.build(p);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    /** An architecture read under its file name only, so that locations read as they did when its golden files were written. */
    static Architecture named(Path p) {
        try {
            var r = ModelBuilder.buildText(p.getFileName().toString(), Files.readString(p));
            assertThat(r.diagnostics()).noneMatch(d -> d.isError());
            return r.architecture();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Architecture text(String t) {
        var r = ModelBuilder.buildText("t.arch", t);
        assertThat(r.diagnostics()).isEmpty();
        return r.architecture();
    }

    /**
     * An architecture that reaches the branches the examples do not (an NLB without security groups,
     * IPv6 and ICMP sources, HTTP and public Cloud Map namespaces, Aurora, Oracle, memcached, a
     * classic load balancer, blue/green, sidecars, schedules, literal, SSM and looked-up secrets, ...).
     * Its golden files were written by the generator before it was split into emitters.
     */
    static final Path EDGE_CASES = GOLDEN.resolve("edge-cases.arch");

    /** Each example (and each of its environments), and the edge cases: pinned and parsed by an HCL parser (ProviderSchemaTest checks the pinned files against the provider's schema). */
    @TestFactory
    Stream<DynamicTest> everyExampleGeneratesValidPinnedTerraform() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        for (String ex : List.of("fintech", "eks-platform", "tutorial-service", "tutorial-service-endpoints", "open-market")) inputs.put(ex, EXAMPLES.resolve(ex + ".arch"));
        inputs.put("edge-cases", EDGE_CASES);
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            String ex = input.getKey();
            String source = ex.equals("edge-cases") ? "edge-cases.arch" : "examples/" + ex + ".arch";
            Architecture a = ex.equals("edge-cases") ? named(input.getValue()) : load(input.getValue());
            List<String> envs = a.environments().isEmpty() ? List.of("") : a.environments().stream().map(Environment::name).toList();
            for (String env : envs) {
                tests.add(DynamicTest.dynamicTest(ex + (env.isEmpty() ? "" : " " + env), () -> {
                    Architecture view = env.isEmpty() ? a : a.forEnvironment(env);
                    TerraformGenerator.Result r = TerraformGenerator.generate(view, source);
                    Path dir = GOLDEN.resolve(ex).resolve(env);
                    for (Map.Entry<String, String> f : r.files().entrySet()) {
                        String where = ex + "/" + env + "/" + f.getKey();
                        assertThat(f.getValue()).as(where).startsWith(TerraformGenerator.MARKER);
                        checkFormat(where, f.getValue());
                        assertThat(new HCLParser().parse(f.getValue())).as("%s parses as HCL", where).isNotNull();
                        Path g = dir.resolve(f.getKey());
                        if (UPDATE) {
                            Files.createDirectories(dir);
                            Files.writeString(g, f.getValue());
                        }
                        assertThat(f.getValue()).as(where).isEqualTo(Files.readString(g));
                    }
                    if (!UPDATE) {
                        try (Stream<Path> s = Files.list(dir)) {
                            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).as("no stale golden files")
                                    .containsExactlyInAnyOrderElementsOf(r.files().keySet());
                        }
                    }
                    Architecture again = ex.equals("edge-cases") ? named(input.getValue()) : load(input.getValue());
                    assertThat(TerraformGenerator.generate(env.isEmpty() ? again : again.forEnvironment(env), source).files())
                            .as("stable across runs").isEqualTo(r.files());
                }));
            }
        }
        return tests.stream();
    }

    static final Pattern ASSIGN = Pattern.compile("^( *)([A-Za-z_\"][^ =]*) +=( |$)");

    /** terraform fmt's layout: two-space indents, and in every run of one-line attributes the equals signs aligned. */
    static void checkFormat(String where, String text) {
        String[] lines = text.split("\n", -1);
        int runColumn = -1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            assertThat(l).as("%s:%d has no tabs or trailing spaces", where, i + 1).doesNotContain("\t").doesNotEndWith(" ");
            int indent = l.length() - l.stripLeading().length();
            assertThat(indent % 2).as("%s:%d indents by two", where, i + 1).isZero();
            Matcher m = ASSIGN.matcher(l);
            boolean oneLine = m.find() && !l.endsWith("{") && !l.endsWith("[") && !l.endsWith("(");
            if (oneLine) {
                int col = l.indexOf('=');
                if (runColumn >= 0) assertThat(col).as("%s:%d aligns '=' with the line above", where, i + 1).isEqualTo(runColumn);
                // the longest name in the run has exactly one space before '='
                runColumn = col;
            } else {
                runColumn = -1;
            }
        }
    }

    static final String SERVICE = """
            architecture shop {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet pub-a zone eu-west-1a public 10.0.0.0/24
                subnet pub-b zone eu-west-1b public 10.0.1.0/24
                subnet app-a zone eu-west-1a private 10.0.10.0/24
                subnet app-b zone eu-west-1b private 10.0.11.0/24
                nat nat-a subnet pub-a
              }
              securitygroup lb-sg { ingress tcp 443 from 0.0.0.0/0 }
              securitygroup app-sg {
                ingress tcp 8000-8999 from lb-sg
                ingress all from self
                egress all to 0.0.0.0/0
              }
              securitygroup db-sg { ingress tcp 5432 from app-sg }
              cluster main { capacity fargate }
              loadbalancer edge {
                subnets pub-a, pub-b
                securitygroups lb-sg
                listener https 443 certificate "arn:aws:acm:eu-west-1:123456789012:certificate/x"
                route /api/* -> api port 8080
              }
              service api {
                cluster main
                image "shop/api:1.2.3"
                cpu 512
                memory 1 GB
                port 8080
                replicas 2 min 2 max 6
                scale requests 500
                subnets app-a, app-b
                securitygroups app-sg
                env LOG_LEVEL "info"
                env DB_PASSWORD "hunter2-plain"
                env SENTRY_DSN "AKIAABCDEFGHIJKLMNOP"
                secret API_KEY from ssm "/shop/api-key"
                secret DB_SECRET from secretsmanager "shop/db"
                logs awslogs retention 10d
              }
              database db { engine postgres class db.t3.micro subnets app-a, app-b securitygroups db-sg }
              api -> db { timeout 1s }
            }
            """;

    @Test
    void securityGroupsFollowTheDependenciesAndSayWhereTheModelIsWider() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(SERVICE), "t.arch");
        String sec = r.files().get("security.tf");
        assertThat(sec).contains("resource \"aws_vpc_security_group_ingress_rule\" \"app_sg_from_lb_sg_tcp_8080\"")
                .contains("resource \"aws_vpc_security_group_ingress_rule\" \"db_sg_from_app_sg_tcp_5432\"")
                .doesNotContain("8000").doesNotContain("\"-1\"");
        assertThat(r.narrowed()).anySatisfy(n -> assertThat(n).contains("'ingress tcp 8000-8999 from lb-sg' (t.arch:12:5) is wider than the dependencies need; generated tcp 8080"))
                .anySatisfy(n -> assertThat(n).contains("'ingress all from self'").contains("generated nothing (no declared dependency needs it)"))
                .anySatisfy(n -> assertThat(n).contains("'egress all to 0.0.0.0/0'").contains("generated tcp 443 to 0.0.0.0/0, and rules to the groups"));
    }

    @Test
    void secretsAreReferencesNeverValues() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(SERVICE), "t.arch");
        String all = String.join("\n", r.files().values());
        assertThat(all).doesNotContain("hunter2-plain").doesNotContain("AKIAABCDEFGHIJKLMNOP")
                .contains("\"LOG_LEVEL\"")
                .contains("valueFrom = \"arn:aws:ssm:${var.region}:${data.aws_caller_identity.current.account_id}:parameter/shop/api-key\"")
                .contains("valueFrom = data.aws_secretsmanager_secret.secret_shop_db.arn")
                .contains("data \"aws_secretsmanager_secret\" \"secret_shop_db\"")
                .contains("manage_master_user_password = true");
        assertThat(r.notGenerated()).anySatisfy(n -> assertThat(n).contains("DB_PASSWORD").contains("looks like a secret"))
                .anySatisfy(n -> assertThat(n).contains("SENTRY_DSN"));
        // the shared execution role may read exactly these two secrets
        assertThat(r.files().get("iam.tf")).contains("\"secretsmanager:GetSecretValue\"").contains("\"ssm:GetParameters\"");
    }

    @Test
    void autoscalingListenersAndNames() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(SERVICE), "t.arch");
        assertThat(r.files().get("autoscaling.tf"))
                .contains("predefined_metric_type = \"ALBRequestCountPerTarget\"")
                .contains("resource_label         = \"${aws_lb.edge.arn_suffix}/${aws_lb_target_group.edge_api_8080.arn_suffix}\"")
                .contains("min_capacity       = 2").contains("max_capacity       = 6");
        assertThat(r.files().get("ecs.tf")).contains("ignore_changes = [desired_count]").contains("retention_in_days = 14")
                .contains("depends_on = [aws_ecs_cluster_capacity_providers.main, aws_lb_listener.edge_443]")
                .contains("capacity_provider = \"FARGATE\"").doesNotContain("launch_type");
        // the path keeps its '*' in the condition; the tag, where AWS refuses '*', does not
        assertThat(r.files().get("alb.tf")).contains("values = [\"/api/*\"]").contains("\"archkit:route\"   = \"/api/_\"").contains("ssl_policy")
                .contains("certificate_arn   = var.certificate_arn_edge_443");
    }

    @Test
    void longNamesAreShortenedStablyAndLabelsAreIdentifiers() {
        assertThat(Naming.limit("a-very-long-load-balancer-name-for-production", 32)).hasSize(32).isEqualTo(Naming.limit("a-very-long-load-balancer-name-for-production", 32));
        assertThat(Naming.limit("a-very-long-load-balancer-name-for-production", 32)).isNotEqualTo(Naming.limit("a-very-long-load-balancer-name-for-staging", 32));
        assertThat(Labels.label("fintech.local")).isEqualTo("fintech_local");
        assertThat(Labels.label("3d-render")).isEqualTo("_3d_render");
        assertThat(Labels.description("a -> b \"quoted\" <x>")).isEqualTo("a to b _quoted_ _x_");
        assertThat(Hcl.quote("${not} %{a} \"q\" \\", false)).isEqualTo("\"$${not} %%{a} \\\"q\\\" \\\\\"");
    }
}
