package dev.archkit.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatterTest {

    @Test
    void canonicalLayoutKeepsComments() {
        String in = "# header\narchitecture   a{\nregion eu-west-1 # where\n\n\n\n service s {cpu 256; memory 512}\nservice t {\n port 80 ,  81\n\n}\n  a -> b,\n   c\n}";
        String out = Formatter.format(in);
        assertThat(out).isEqualTo("""
                # header
                architecture a {
                  region eu-west-1 # where

                  service s { cpu 256; memory 512 }
                  service t {
                    port 80, 81
                  }
                  a -> b, c
                }
                """);
        assertThat(Formatter.format(out)).isEqualTo(out);
    }

    @Test
    void emptyBlocksStayTogether() {
        assertThat(Formatter.format("topic t {\n}\nqueue q {}\n")).isEqualTo("topic t {\n}\nqueue q {}\n");
    }

    @Test
    void aListContinuedAfterACommentKeepsItsBreak() {
        String out = Formatter.format("service s {\n  subnets a, # first\n b\n}\n");
        assertThat(out).isEqualTo("service s {\n  subnets a, # first\n      b\n}\n");
        assertThat(SourceParser.parse("f", out).diagnostics()).isEmpty();
    }
}
