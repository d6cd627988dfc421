package dev.archkit.e2e;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.archkit.cli.CommandLines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/ci.md is copied into other projects' CI files, so its blocks must work: every YAML block
 * parses (no duplicate keys), the archkit action is used with inputs it has, the pre-commit hooks
 * it names exist, no script splices an expression into its text, and every 'bin/archkit'
 * command line parses with the CLI (its options and their values exist).
 */
class CiDocsTest {

    static final Path DOC = Path.of("docs", "ci.md");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static List<String> yamlBlocks() throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Every object in the tree, depth first. */
    static List<JsonNode> objects(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isObject()) out.add(n);
        n.elements().forEachRemaining(c -> out.addAll(objects(c)));
        return out;
    }

    @Test
    void everyBlockParsesAndUsesWhatExists() throws Exception {
        List<String> blocks = yamlBlocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        Set<String> inputs = new HashSet<>();
        CiIntegrationTest.action().get("inputs").fieldNames().forEachRemaining(inputs::add);
        Set<String> hookIds = new HashSet<>();
        for (JsonNode h : CiIntegrationTest.hooks()) hookIds.add(h.get("id").asText());
        int actionUses = 0, hooksUsed = 0, commands = 0;
        for (String block : blocks) {
            JsonNode doc = YAML.readTree(block);
            assertThat(doc).as(block).isNotNull();
            for (JsonNode o : objects(doc)) {
                if (o.path("uses").asText().startsWith("archkit/archkit@")) {
                    actionUses++;
                    o.path("with").fieldNames().forEachRemaining(k -> assertThat(inputs).as("action input " + k).contains(k));
                }
                if (o.path("repo").asText().endsWith("/archkit")) {
                    for (JsonNode h : o.path("hooks")) {
                        hooksUsed++;
                        assertThat(hookIds).contains(h.get("id").asText());
                        if (h.has("args")) {
                            List<String> cmd = CiIntegrationTest.command(CiIntegrationTest.hook(h.get("id").asText()), List.of());
                            cmd.removeIf(a -> a.equals("."));
                            h.get("args").forEach(a -> cmd.add(a.asText()));
                            commands += parses(cmd);
                        }
                    }
                }
                if (o.has("run")) {
                    assertThat(o.get("run").asText()).as("an expression in a script is a script injection").doesNotContain("${{");
                    commands += archkitLines(o.get("run").asText());
                }
                if (o.has("script")) for (JsonNode line : o.get("script")) commands += archkitLines(line.asText());
            }
        }
        assertThat(actionUses).isGreaterThanOrEqualTo(2);
        assertThat(hooksUsed).isEqualTo(2);
        assertThat(commands).isGreaterThanOrEqualTo(4);
    }

    /** Each 'bin/archkit ...' line of a script, up to its redirection, parsed by the CLI. */
    static int archkitLines(String script) {
        int n = 0;
        for (String line : script.split("\n")) {
            int at = line.indexOf("bin/archkit ");
            if (at < 0) continue;
            List<String> args = new ArrayList<>();
            for (String w : line.substring(at + "bin/archkit ".length()).split("\\s+")) {
                if (w.startsWith(">") || w.equals("||") || w.equals("|")) break;
                args.add(w);
            }
            n += parses(args);
        }
        return n;
    }

    /** The command line parses as archkit parses it: the command, every option and every option's value exist. */
    static int parses(List<String> args) {
        assertThatCode(() -> CommandLines.parse(args.toArray(String[]::new))).as(String.join(" ", args)).doesNotThrowAnyException();
        return 1;
    }

    @Test
    void aCommandLineWithAnUnknownOptionOrValueDoesNotParse() {
        assertThatThrownBy(() -> CommandLines.parse("check", "--bogus", "x")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> CommandLines.parse("check", "--format", "sarifx", "x")).isInstanceOf(CommandLine.ParameterException.class);
    }

    @Test
    void theReadmeLinksThePage() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("(docs/ci.md)");
    }
}
