package dev.archkit.rules;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding knows the kind of its subject: a cluster's suppression does not excuse the service of the same name. */
class SharedNameSubjectsTest {

    @Test
    void aSuppressionExcusesOnlyTheElementItIsWrittenIn() {
        var built = ModelBuilder.buildText("shared.arch", """
                architecture shared {
                  region eu-west-1
                  securitygroup orders {
                    ingress tcp 22 from 0.0.0.0/0
                  }
                  service orders {
                    image "registry/orders:1.2.3"
                    securitygroups orders
                    suppress least-privilege/open-ingress "written in the wrong block"
                  }
                }
                """);
        assertThat(built.diagnostics()).isEmpty();
        RuleEngine.Result r = new RuleEngine(Catalog.RULES, Parallelism.serial()).run(built.architecture());
        // the service's suppression, written in the wrong block, does not excuse the group of the same name
        assertThat(r.suppressed()).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("least-privilege/open-ingress"))
                .extracting(f -> f.subjectKind() + " " + f.subject() + " " + f.location().line()).containsExactly("securitygroup orders 4");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("hygiene/unused-suppression"))
                .extracting(f -> f.location().line() + " " + f.message())
                .containsExactly("9 suppression of least-privilege/open-ingress excuses nothing on 'orders'");
    }
}
