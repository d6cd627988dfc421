package dev.archkit.lang;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/language.md is the hand-written intro followed by the reference generated from the schema. */
class LanguageDocTest {

    @Test
    void languageReferenceMatchesTheSchema() throws Exception {
        Path docs = Path.of("..", "docs");
        String expected = Files.readString(docs.resolve("language.intro.md")) + LanguageDoc.reference();
        Path file = docs.resolve("language.md");
        if (Boolean.getBoolean("archkit.updateDocs")) Files.writeString(file, expected);
        assertThat(Files.readString(file))
                .as("docs/language.md is stale: run mvn -pl grammar -am test -Darchkit.updateDocs=true -Dtest=LanguageDocTest -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    @Test
    void everyKindIsDocumentedWithAnExampleThatParses() {
        for (var k : dev.archkit.model.schema.Schema.kinds().values()) {
            assertThat(LanguageDoc.reference()).contains("## " + k.kind() + "\n");
            if (k.kind().equals("architecture") || k.kind().equals("dependency")) continue;
            var p = SourceParser.parse("ex.arch", k.example());
            assertThat(p.diagnostics()).as(k.kind() + " example").isEmpty();
        }
    }
}
