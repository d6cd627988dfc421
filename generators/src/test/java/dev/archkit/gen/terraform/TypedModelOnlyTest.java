package dev.archkit.gen.terraform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emitters read the typed views and the facts layer: no property looked up by key, no kind
 * compared with a string, and no fact (ports, runtimes, names) derived again from the model here.
 */
class TypedModelOnlyTest {

    static final Path SOURCES = Path.of("src", "main", "java", "dev", "archkit", "gen", "terraform");

    static final Pattern KEY_LOOKUP = Pattern.compile("\\.(field|string|value|property|flag|refs|all|has)\\(\"");
    static final Pattern KIND_STRING = Pattern.compile("kind\\(\\)\\.equals\\(\"|\"[a-z]+\"\\.equals\\([a-z.]*kind\\(\\)|case \"[a-z]+\"|elementsOfKind\\(\"");
    static final Pattern LOCAL_FACTS = Pattern.compile("\\b(Runtimes|Ports\\.of|Ports\\.portOf|Naming\\.awsName|new ArchGraph)\\b");

    @Test
    void theEmittersLookNothingUpByKeyAndDeriveNoFactOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : List.of(KEY_LOOKUP, KIND_STRING, LOCAL_FACTS)) {
                        Matcher m = p.matcher(lines.get(i));
                        if (m.find()) found.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("lookups by key, kinds as strings or facts derived locally").isEmpty();
    }

    @Test
    void thePatternsFindWhatTheyLookFor() {
        assertThat(KEY_LOOKUP.matcher("s.string(\"image\")").find()).isTrue();
        assertThat(KEY_LOOKUP.matcher("s.image()").find()).isFalse();
        assertThat(KIND_STRING.matcher("if (e.kind().equals(\"service\"))").find()).isTrue();
        assertThat(KIND_STRING.matcher("case \"queue\" ->").find()).isTrue();
        assertThat(KIND_STRING.matcher("Kind.SERVICE.is(e)").find()).isFalse();
        assertThat(LOCAL_FACTS.matcher("String rt = Runtimes.of(a, s);").find()).isTrue();
        assertThat(LOCAL_FACTS.matcher("facts.listenPort(name)").find()).isFalse();
    }
}
