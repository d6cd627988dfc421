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

    @Test
    void aCommentAfterABlockStaysOnItsLine() {
        String in = "a -> b { port 6432 } # the ledger\nnacl n { subnets s } # guards s\nnetwork v 10.0.0.0/16 {\n  subnet s zone z private 10.0.1.0/24\n} # end\n";
        assertThat(Formatter.format(in)).isEqualTo(in);
    }

    @Test
    void aNetworkAclRoundTrips() {
        String in = "architecture a {\nregion eu-west-1\nnetwork vpc 10.0.0.0/16 {\nsubnet app-a zone eu-west-1a private 10.0.1.0/24\n"
                + "nacl app {   subnets app-a ;ingress 100   allow tcp 443 from 10.0.0.0/16; egress 100 allow tcp 1024-65535 to 0.0.0.0/0\n"
                + "  ingress 200 deny all from 0.0.0.0/0 # the rest\n}\nnacl edge { subnets app-b; ingress 100 allow icmp from 10.0.0.0/16 }\n}\n}\n";
        String out = Formatter.format(in);
        assertThat(out).isEqualTo("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    nacl app {
                      subnets app-a
                      ingress 100 allow tcp 443 from 10.0.0.0/16
                      egress 100 allow tcp 1024-65535 to 0.0.0.0/0
                      ingress 200 deny all from 0.0.0.0/0 # the rest
                    }
                    nacl edge { subnets app-b; ingress 100 allow icmp from 10.0.0.0/16 }
                  }
                }
                """);
        assertThat(Formatter.format(out)).isEqualTo(out);
        var before = ModelBuilderTest.build(in).architecture().element("app");
        var after = ModelBuilderTest.build(out).architecture().element("app");
        assertThat(new dev.archkit.model.view.NetworkAcl(after).ingress()).extracting(dev.archkit.model.view.NaclRule::text)
                .containsExactly("ingress 100 allow tcp 443 from 10.0.0.0/16", "ingress 200 deny all from 0.0.0.0/0")
                .isEqualTo(new dev.archkit.model.view.NetworkAcl(before).ingress().stream().map(dev.archkit.model.view.NaclRule::text).toList());
    }
}
