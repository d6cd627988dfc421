package dev.archkit.model.view;

import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KindTest {

    @Test
    void everyElementKindOfTheSchemaIsAKindAndNoMore() {
        Set<String> schema = new TreeSet<>(Schema.kinds().keySet());
        schema.remove(Schema.ARCHITECTURE);
        schema.remove(Schema.ENVIRONMENT);
        schema.remove(Schema.DEPENDENCY);
        Set<String> kinds = Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(kinds).isEqualTo(schema);
    }

    @Test
    void theNodeKindsAreTheSchemasNodes() {
        for (Kind k : Kind.values()) {
            KindSpec spec = Schema.kind(k.id());
            assertThat(k.isNode()).as(k.id()).isEqualTo(spec.isNode());
        }
        assertThat(Schema.nodeKinds()).containsExactly(Kind.nodeIds());
    }

    @Test
    void kindsAreFoundByTheirWord() {
        assertThat(Kind.of("securitygroup")).isEqualTo(Kind.SECURITYGROUP);
        assertThat(Kind.of("security-group")).isNull();
    }

    @Test
    void everyWordSetParsesItsOwnWordsAndNothingElse() {
        assertThat(Word.parse(Database.Engine.class, "aurora-postgresql")).isEqualTo(Database.Engine.AURORA_POSTGRESQL);
        assertThat(Database.Engine.AURORA_POSTGRESQL.defaultPort()).isEqualTo(5432);
        assertThat(Word.parse(Database.Engine.class, "AURORA-POSTGRESQL")).isNull();
        assertThat(Word.parse(Capacity.Provider.class, null)).isNull();
    }
}
