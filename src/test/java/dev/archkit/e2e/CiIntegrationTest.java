package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI wrappers: action.yml (a composite GitHub Action) and .pre-commit-hooks.yaml, parsed
 * and checked against what the CLI accepts; the action's check step is run with bash as the
 * runner would run it, and the hooks' commands through the CLI.
 */
class CiIntegrationTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path ACTION = Path.of("action.yml");
    static final Path HOOKS = Path.of(".pre-commit-hooks.yaml");
    static final String BROKEN = "architecture a {\n  region eu-wst-1\n}\n";

    static JsonNode action() throws Exception {
        return YAML.readTree(ACTION.toFile());
    }

    static JsonNode step(JsonNode action, String id) {
        for (JsonNode s : action.at("/runs/steps")) if (id.equals(s.path("id").asText())) return s;
        throw new AssertionError("no step " + id);
    }

    /** "report format: sarif (uploaded ...), github (...), junit, json or text" -> [sarif, github, junit, json, text] */
    static List<String> listedValues(String description) {
        String list = description.substring(description.indexOf(':') + 1).replaceAll("\\([^)]*\\)", "");
        List<String> out = new ArrayList<>();
        for (String part : list.split(",| or ")) {
            String w = part.strip().split(" ")[0];
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    @Test
    void actionDeclaresItsInputsAndIsAComposite() throws Exception {
        JsonNode a = action();
        assertThat(a.get("name").asText()).isNotBlank();
        assertThat(a.get("description").asText()).isNotBlank();
        assertThat(a.at("/runs/using").asText()).isEqualTo("composite");
        JsonNode in = a.get("inputs");
        assertThat(in.at("/paths/default").asText()).isEqualTo(".");
        assertThat(in.at("/format/default").asText()).isEqualTo("sarif");
        assertThat(in.at("/fail-on/default").asText()).isEqualTo("error");
        assertThat(in.at("/environment/default").asText()).isEmpty();
        in.fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText()).as(e.getKey()).isNotBlank());
        assertThat(a.at("/outputs/exit-code/value").asText()).isEqualTo("${{ steps.check.outputs.exit-code }}");
        JsonNode upload = null;
        for (JsonNode s : a.at("/runs/steps")) if (s.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) upload = s;
        assertThat(upload).as("a step uploads the SARIF").isNotNull();
        assertThat(upload.at("/with/sarif_file").asText()).isEqualTo("${{ inputs.output }}");
        assertThat(upload.get("if").asText()).contains("always()").contains("inputs.format == 'sarif'");
    }

    @Test
    void scriptsReadInputsFromTheEnvironmentNeverFromTheirText() throws Exception {
        for (JsonNode s : action().at("/runs/steps")) {
            if (!s.has("run")) continue;
            assertThat(s.get("shell").asText()).as(s.get("name").asText()).isEqualTo("bash");
            assertThat(s.get("run").asText()).as("%s: an expression in a script is a script injection", s.get("name").asText())
                    .doesNotContain("${{");
        }
    }

    @Test
    void everyFormatAndLevelTheActionListsIsOneTheCliTakes(@TempDir Path dir) throws Exception {
        JsonNode in = action().get("inputs");
        List<String> formats = listedValues(in.at("/format/description").asText());
        List<String> levels = listedValues(in.at("/fail-on/description").asText());
        assertThat(formats).containsExactlyInAnyOrder("sarif", "github", "junit", "json", "markdown", "text");
        assertThat(levels).containsExactly("error", "warning", "info", "never");
        Path ok = dir.resolve("ok.arch");
        Files.copy(Path.of("examples", "tutorial-service.arch"), ok);
        for (String f : formats) assertThat(run("check", "--format", f, ok.toString()).code()).as(f).isIn(0, 1);
        for (String l : levels) assertThat(run("check", "--fail-on", l, ok.toString()).code()).as(l).isIn(0, 1);
        assertThat(run("check", "--assume-env", "dev", ok.toString()).code()).isIn(0, 1);
    }

    /** A launcher that runs this test's build of the CLI, standing in for the action's built bin/archkit. */
    static Path launcher(Path dir) throws Exception {
        Path l = dir.resolve("archkit");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(l, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.archkit.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(l, PosixFilePermissions.fromString("rwxr-xr-x"));
        return l;
    }

    record Bash(int code, String out) { }

    static Bash bash(String script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Bash(p.exitValue(), out);
    }

    @Test
    void theCheckStepWritesAnHonestSarifAndTheLastStepFailsOnInputErrors(@TempDir Path dir) throws Exception {
        JsonNode a = action();
        Path globbed = dir.resolve("globbed");
        Files.createDirectories(globbed);
        Path good = dir.resolve("good.arch");
        Files.copy(Path.of("examples", "tutorial-service.arch"), good);
        Files.copy(good, globbed.resolve("good.arch"));
        Path output = dir.resolve("archkit.sarif"), ghOutput = dir.resolve("github-output");
        Files.writeString(ghOutput, "");
        Map<String, String> env = new HashMap<>(Map.of(
                "ARCHKIT", launcher(dir).toString(),
                "ARCHKIT_PATHS", dir.resolve("glob*").resolve("good.arch").toString(),
                "ARCHKIT_FORMAT", "sarif", "ARCHKIT_FAIL_ON", "error", "ARCHKIT_ENVIRONMENT", "dev",
                "ARCHKIT_OUTPUT", output.toString(), "GITHUB_OUTPUT", ghOutput.toString()));
        // a glob in the paths is not expanded: 'glob*/good.arch' names no file (expanded, it would pass)
        Bash unglobbed = bash(step(a, "check").get("run").asText(), env);
        assertThat(unglobbed.code()).as(unglobbed.out()).isZero();
        assertThat(Files.readString(ghOutput)).isEqualTo("exit-code=2\n");

        Files.writeString(ghOutput, "");
        Path bad = dir.resolve("bad.arch");
        Files.writeString(bad, BROKEN);
        env.put("ARCHKIT_PATHS", "  " + good + "\n\t" + bad + "  ");
        Bash check = bash(step(a, "check").get("run").asText(), env);
        assertThat(check.code()).as("the step itself passes, so that the upload runs: " + check.out()).isZero();
        assertThat(Files.readString(ghOutput)).isEqualTo("exit-code=2\n");
        JsonNode sarif = new ObjectMapper().readTree(output.toFile());
        try (InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(sarif)).isEmpty();
        }
        assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId")).contains("input/region");
        assertThat(sarif.at("/runs/0/artifacts").findValuesAsText("uri")).hasSize(2);

        JsonNode last = a.at("/runs/steps").get(a.at("/runs/steps").size() - 1);
        assertThat(bash(last.get("run").asText(), Map.of("ARCHKIT_EXIT", "2")).code()).isEqualTo(2);
        assertThat(bash(last.get("run").asText(), Map.of("ARCHKIT_EXIT", "0")).code()).isZero();
    }

    static final Set<String> HOOK_KEYS = Set.of("id", "name", "entry", "language", "files", "exclude", "types", "types_or",
            "exclude_types", "always_run", "fail_fast", "verbose", "pass_filenames", "require_serial", "description",
            "language_version", "minimum_pre_commit_version", "args", "stages", "additional_dependencies", "log_file");

    static List<JsonNode> hooks() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        YAML.readTree(HOOKS.toFile()).forEach(out::add);
        return out;
    }

    static JsonNode hook(String id) throws Exception {
        return hooks().stream().filter(h -> h.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hooksAreWellFormedPreCommitHooks() throws Exception {
        List<JsonNode> hooks = hooks();
        assertThat(hooks).extracting(h -> h.get("id").asText()).containsExactly("archkit-check", "archkit-fmt");
        for (JsonNode h : hooks) {
            String id = h.get("id").asText();
            h.fieldNames().forEachRemaining(k -> assertThat(HOOK_KEYS).as(id + ": key " + k).contains(k));
            for (String k : List.of("name", "entry", "language")) assertThat(h.path(k).asText()).as(id + " " + k).isNotBlank();
            assertThat(h.get("language").asText()).isEqualTo("script");
            Pattern files = Pattern.compile(h.get("files").asText());
            assertThat(files.matcher("infra/platform.arch").find()).isTrue();
            assertThat(files.matcher("notes/platform.archive").find()).isFalse();
            Path script = Path.of(h.get("entry").asText().split(" ")[0]);
            assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
            assertThat(bash("bash -n " + script, Map.of()).code()).as(script + " parses").isZero();
        }
        assertThat(hook("archkit-check").get("pass_filenames").asBoolean()).as("the rules need whole architectures").isFalse();
        assertThat(hook("archkit-fmt").get("pass_filenames").asBoolean()).isTrue();
    }

    /** The hook's command after its script, with the hook's args or the given files. */
    static List<String> command(JsonNode hook, List<String> files) {
        List<String> cmd = new ArrayList<>(List.of(hook.get("entry").asText().split(" ")));
        cmd.remove(0);
        if (files.isEmpty()) hook.path("args").forEach(x -> cmd.add(x.asText()));
        else cmd.addAll(files);
        return cmd;
    }

    @Test
    void theCheckHookPassesACleanProjectAndFailsOnInputErrors(@TempDir Path dir) throws Exception {
        JsonNode h = hook("archkit-check");
        assertThat(command(h, List.of())).endsWith(".");
        Path good = dir.resolve("good.arch");
        Files.copy(Path.of("examples", "tutorial-service.arch"), good);
        assertThat(run(command(h, List.of(dir.toString())).toArray(String[]::new)).code()).isZero();
        Files.writeString(dir.resolve("bad.arch"), BROKEN);
        CliTest.Run r = run(command(h, List.of(dir.toString())).toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("bad.arch:2:");
    }

    @Test
    void theFmtHookRewritesTheFilesItIsGiven(@TempDir Path dir) throws Exception {
        JsonNode h = hook("archkit-fmt");
        Path f = dir.resolve("messy.arch");
        String formatted = Files.readString(Path.of("examples", "tutorial-service.arch"));
        Files.writeString(f, formatted.replace("\n  region ", "\n        region "));
        assertThat(run("fmt", "--check", f.toString()).code()).as("the file is not formatted").isEqualTo(1);
        CliTest.Run r = run(command(h, List.of(f.toString())).toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("fmt", "--check", f.toString()).code()).as("now it is").isZero();
    }
}
