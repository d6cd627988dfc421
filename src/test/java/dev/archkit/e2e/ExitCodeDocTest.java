package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/exit-codes.md says what ExitCode says, and its examples exit with the codes it gives them. */
class ExitCodeDocTest {

    private static final Path DOC = Path.of("docs", "exit-codes.md");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (.+) \\|$");
    private static final Pattern EXAMPLE = Pattern.compile("^archkit (.+?)\\s+# (\\d)$");

    @Test
    void theTableListsEveryCodeWithItsMeaningAndNothingElse() throws Exception {
        Map<Integer, String> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) assertThat(table.put(Integer.parseInt(m.group(1)), m.group(2))).as("code %s listed once", m.group(1)).isNull();
        }
        Map<Integer, String> code = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) code.put(c.code(), c.meaning());
        assertThat(table).containsExactlyEntriesOf(code);
    }

    @Test
    void everyExampleExitsAsTheDocSays(@TempDir Path dir) throws Exception {
        Path archkit = CiIntegrationTest.launcher(dir);
        List<String> examples = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = EXAMPLE.matcher(line);
            if (!m.matches()) continue;
            examples.add(line);
            CiIntegrationTest.Bash r = CiIntegrationTest.bash("'" + archkit + "' " + m.group(1) + " > /dev/null 2>&1".repeat(m.group(1).contains(">") ? 0 : 1), Map.of());
            assertThat(r.code()).as(line + "\n" + r.out()).isEqualTo(Integer.parseInt(m.group(2)));
        }
        // an example for every code
        assertThat(examples.stream().map(l -> l.substring(l.length() - 1)).distinct().sorted()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void theReadmeAndTheCiGuidePointToTheTable() throws Exception {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertThat(readme).contains("docs/exit-codes.md");
        assertThat(Files.readString(Path.of("docs", "ci.md"))).contains("exit-codes.md");
    }
}
