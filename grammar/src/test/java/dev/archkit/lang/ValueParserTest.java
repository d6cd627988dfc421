package dev.archkit.lang;

import dev.archkit.model.Element;
import dev.archkit.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParserTest {

    static ModelBuilder.Result build(String body) {
        return ModelBuilder.buildText("t.arch", "architecture t {\n  region us-east-1\n" + body + "\n}\n");
    }

    static Element service(String props) {
        var r = build("  service s {\n" + props + "\n  }");
        assertThat(r.diagnostics()).as(props).isEmpty();
        return r.architecture().element("s");
    }

    @ParameterizedTest
    @CsvSource({"500ms,500", "2s,2000", "5m,300000", "1h,3600000", "7d,604800000", "30 s,30000", "1.5s,1500"})
    void durations(String text, long millis) {
        Element s = service("health /h timeout " + text);
        assertThat(((Value.Duration) s.property("health").field("timeout")).millis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"2048,2048", "2 GB,2048", "512MiB,512", "128Mi,128", "1Gi,1024"})
    void memory(String text, long mib) {
        assertThat(((Value.Size) service("memory " + text).value("memory")).mib()).isEqualTo(mib);
    }

    @ParameterizedTest
    @CsvSource({"1024,1000,1024", "256,250,256", "1 vcpu,1000,1024", "0.5 vcpu,500,512", "250m,250,256"})
    void cpu(String text, long milli, long units) {
        Value.Cpu c = (Value.Cpu) service("cpu " + text).value("cpu");
        assertThat(c.millicores()).isEqualTo(milli);
        assertThat(c.ecsUnits()).isEqualTo(units);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"$5000/month;500000", "5000 USD per month;500000", "$120000/year;1000000", "12000 USD;1200000", "99.5 USD/month;9950"})
    void money(String text, long cents) {
        var r = build("  budget " + text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(((Value.Money) r.architecture().value("budget")).centsPerMonth()).isEqualTo(cents);
    }

    @Test
    void structuredProperties() {
        Element s = service("replicas 3 min 2 max 50\n deploy blue-green canary 10% every 5m\n scale cpu 70%");
        assertThat(s.property("replicas").field("max").text()).isEqualTo("50");
        assertThat(s.property("deploy").field("canary")).isInstanceOf(Value.Percent.class);
        assertThat(((Value.Percent) s.property("scale").field("target")).value()).isEqualTo(70.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "cpu 1024x;expected CPU units",
        "health /h timeout 30;add a unit",
        "replicas three;expected a whole number",
        "memory 2 parsecs;unexpected 'parsecs'",
        "port 80,;a list may not end with ','",
        "deploy rollin;did you mean 'rolling'?",
        "scale cpu 70% cooldown-in;'cooldown-in' needs a value"})
    void badValuesAreLocatedWithAHint(String props, String expected) {
        var r = build("  service s {\n    " + props + "\n  }");
        assertThat(r.hasErrors()).isTrue();
        var d = r.diagnostics().get(0);
        assertThat(d.location().line()).isEqualTo(4);
        assertThat(d.message() + " " + d.hint()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "10.0.0.1/16;has host bits set;10.0.0.0/16",
        "10.0.0.0/33;out of range;/32",
        "10.0.0/16;four numbers;10.0.0.0/16",
        "300.0.0.0/8;between 0 and 255;255"})
    void badCidrs(String cidr, String message, String hint) {
        var r = build("  network n " + cidr + " {}");
        assertThat(r.hasErrors()).isTrue();
        var d = r.diagnostics().get(0);
        assertThat(d.message() + " " + d.hint()).contains(message).contains(hint);
        assertThat(d.location().column()).isEqualTo(13);
    }

    @Test
    void ipv6Cidrs() {
        var r = build("  securitygroup g {\n    ingress tcp 443 from ::/0\n  }");
        assertThat(r.diagnostics()).isEmpty();
        Value from = r.architecture().element("g").property("ingress").field("from");
        assertThat(((Value.Cidr) ((Value.ListValue) from).items().get(0)).ipv6()).isTrue();
    }

    /** The hand-read port range takes exactly what the pattern (\\d+)(?:-(\\d+))? matches. */
    @org.junit.jupiter.api.Test
    void portRangesAreReadAsThePatternReadsThem() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(\\d+)(?:-(\\d+))?");
        java.util.Random r = new java.util.Random(11);
        String alphabet = "0123456789--a \u0663";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            java.util.regex.Matcher m = pattern.matcher(s);
            String[] range = ValueParser.portRange(s);
            org.assertj.core.api.Assertions.assertThat(range != null).as(s).isEqualTo(m.matches());
            if (range != null) {
                org.assertj.core.api.Assertions.assertThat(range).as(s).containsExactly(m.group(1), m.group(2) == null ? m.group(1) : m.group(2));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "database d { class db.x99.mega };3;22;'db.x99.mega' is not an RDS or Aurora instance class",
            "cache c { class cache.t3.mirco };3;19;did you mean 'cache.t3.micro'?",
            "search s { class r6g.large };3;20;did you mean 'r6g.large.search'?",
            "cluster k { nodegroup w { instance t3.medium, t9.humongous } };3;49;no EC2 family 't9', no size 'humongous'"})
    void impossibleClassesAreLocatedErrors(String decl, int line, int column, String text) {
        var r = build("  " + decl);
        assertThat(r.diagnostics()).hasSize(1);
        var d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("instance-class");
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.location().column()).isEqualTo(column);
        assertThat(d.message() + " " + d.hint()).contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"database d { class db.x2iedn.xlarge }", "cache c { class cache.c7gn.large }",
            "search s { class or1.medium.search }", "cluster k { nodegroup w { instance m7i-flex.large, u-6tb1.112xlarge } }"})
    void realClassesThePriceTableLacksAreNoInputError(String decl) {
        assertThat(build("  " + decl).diagnostics()).isEmpty();
    }
}
