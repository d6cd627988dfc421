package dev.archkit.lang;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Telling .arch text from other files read as .arch, whose text must not be shown. */
class ForeignTextTest {

    private static String why(String text) {
        return ForeignText.why(SourceParser.parse("f.arch", text));
    }

    @Test
    void everyExampleIsArchText() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".arch")).toList()) {
                assertThat(why(Files.readString(f))).as(f.toString()).isNull();
            }
        }
    }

    @Test
    void emptyFilesCommentsAndFragmentsAreArchText() {
        assertThat(why("")).isNull();
        assertThat(why("# nothing yet\n")).isNull();
        assertThat(why("service api {\n  image \"api:1\"\n}\n")).isNull();
        assertThat(why("api -> db\n")).isNull();
        assertThat(why("# which design?\nrequirements q {\n  must a: zone-loss-tolerant\n}\n")).as("a requirements file for review").isNull();
    }

    @Test
    void aTypoInTheFirstLineOfAnArchFileLeavesItArchText() {
        assertThat(why("architecure shop {\n}\nservice a { }\nservice b { }\nregion eu-west-1\n")).isNull();
        assertThat(why("servce api { }\nservice b { }\nservice c { }\n")).isNull();
    }

    @Test
    void keysPasswdAndEnvironmentsAreNot() {
        assertThat(why("[default]\naws_access_key_id = AKIA\naws_secret_access_key = x\n")).startsWith("it does not start with");
        assertThat(why("[default]\nregion = eu-west-1\noutput = json\n")).startsWith("it does not start with");
        assertThat(why("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n")).startsWith("it does not start with");
        assertThat(why("HOME=/root\0PATH=/bin\0")).isEqualTo("it holds control characters, so it is not text");
        assertThat(why("{\"a\": 1}")).isNotNull();
        assertThat(why("\u007f")).isNotNull();
    }

    @Test
    void theFirstProblemIsAPlaceWithoutText() {
        assertThat(ForeignText.firstProblem(SourceParser.parse("f", "root:x:0:0\n"))).isEqualTo("line 1, column 1");
        assertThat(ForeignText.firstProblem(SourceParser.parse("f", "\n\n  [x]\n"))).isEqualTo("line 3, column 3");
    }
}
