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

    @Test
    void aFindingsSubjectIsTheElementOfItsKindNotAnotherOfTheSameName() {
        var built = ModelBuilder.buildText("shared.arch", """
                architecture shared {
                  region eu-west-1
                  securitygroup orders {
                    ingress tcp 443 from 10.0.0.0/8
                  }
                  service orders {
                    image "registry/orders:1.2.3"
                    securitygroups orders
                  }
                  service billing {
                    image "registry/billing:1.0.0"
                  }
                  billing -> orders
                }
                """);
        assertThat(built.diagnostics()).isEmpty();
        var a = built.architecture();
        var loc = a.element("billing").location();
        Finding group = new Finding("r/x", Severity.WARNING, "m", loc, java.util.List.of(), "fix", "orders", java.util.List.of(), null, "securitygroup");
        Finding service = new Finding("r/x", Severity.WARNING, "m", loc, java.util.List.of(), "fix", "orders", java.util.List.of(), null, "service");
        Finding byName = new Finding("r/x", Severity.WARNING, "m", loc, java.util.List.of(), "fix", "billing", java.util.List.of());
        Finding edge = new Finding("r/x", Severity.WARNING, "m", loc, java.util.List.of(), "fix", "billing -> orders", java.util.List.of());
        Finding none = new Finding("r/x", Severity.WARNING, "m", loc, java.util.List.of(), "fix", null, java.util.List.of());
        assertThat(group.subjectIn(a).kind()).isEqualTo("securitygroup");
        assertThat(service.subjectIn(a).kind()).isEqualTo("service");
        assertThat(byName.subjectIn(a)).isSameAs(a.element("billing"));
        assertThat(edge.subjectIn(a)).isNull();
        assertThat(none.subjectIn(a)).isNull();
    }
}
