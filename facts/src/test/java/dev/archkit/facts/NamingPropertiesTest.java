package dev.archkit.facts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name archkit gives a live resource is one AWS accepts, whatever characters the language
 * let into the element's name. The patterns are AWS's documented rules, written here apart from
 * the code that produces the names.
 */
class NamingPropertiesTest {

    /** RDS DB instance identifier / ElastiCache replication group id / ELB and target group names. */
    private static final Pattern STRICT = Pattern.compile("[A-Za-z]([A-Za-z0-9]|-(?!-))*");
    /** ECS cluster and service names, IAM role names, CloudWatch alarm names: a common subset. */
    private static final Pattern COMMON = Pattern.compile("[A-Za-z0-9_-]*");

    /** Words as the language's lexer takes them: its name characters, hyphens inside, any Unicode above 0x80. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().with("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:/*$%@+?!=&|-"),
                Arbitraries.chars().range('\u0080', '\u30ff'));
        return chars.list().ofMinSize(1).ofMaxSize(90).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property
    void strictNamesAreAcceptedByRdsElastiCacheAndLoadBalancers(@ForAll("words") String name, @ForAll @IntRange(min = 20, max = 63) int max) {
        String n = Naming.strict(name, max);
        assertThat(n).matches(STRICT).hasSizeLessThanOrEqualTo(max).doesNotEndWith("-");
        assertThat(n.toLowerCase(Locale.ROOT)).doesNotStartWith("internal-");
    }

    @Property
    void commonNamesHoldOnlyLettersDigitsHyphensAndUnderscores(@ForAll("words") String name) {
        assertThat(Naming.common(name)).matches(COMMON).hasSameSizeAs(name);
    }

    /** Terraform's own style for a resource label: snake_case, starting with a letter or '_'. */
    private static final Pattern LABEL = Pattern.compile("[a-z_][a-z0-9_]*");

    @Property
    void terraformLabelsAreSnakeCaseAndIgnoreCase(@ForAll("words") String name) {
        String label = Naming.terraformLabel(name);
        assertThat(label).matches(LABEL);
        StringBuilder upper = new StringBuilder();   // ASCII letters only: 'ı' upper-cases to 'I'
        name.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c)));
        assertThat(Naming.terraformLabel(upper.toString())).as("upper case gives the same label").isEqualTo(label);
        assertThat(Naming.terraformLabel(label)).as("idempotent").isEqualTo(label);
    }

    @Property
    void aNameAlreadyAcceptableIsKept(@ForAll("words") String name) {
        String once = Naming.strict(name, 63);
        assertThat(Naming.strict(once, 63)).as("idempotent").isEqualTo(once);
    }

    @Test
    void namesOfTheLanguageBecomeAcceptableAwsNames() {
        var a = FactsTest.build("""
                architecture shop.v2 {
                  region eu-west-1
                  database orders_db { engine postgres }
                  cache sessions--store { engine redis }
                  loadbalancer internal { scheme internal }
                  environment prod { stage production }
                }
                """);
        Names prod = Facts.of(a.forEnvironment("prod")).names();
        assertThat(prod.aws("orders_db")).isEqualTo("shop-v2-prod-orders_db");
        assertThat(prod.dbIdentifier("orders_db")).isEqualTo("shop-v2-prod-orders-db");
        assertThat(prod.cacheIdentifier("sessions--store")).isEqualTo("shop-v2-prod-sessions-store");
        Names base = Facts.of(FactsTest.build("architecture internal { region eu-west-1 }")).names();
        assertThat(base.loadBalancer("edge")).as("AWS reserves 'internal-'").isEqualTo("n-internal-edge");
    }
}
