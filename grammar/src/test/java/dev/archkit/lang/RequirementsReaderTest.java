package dev.archkit.lang;

import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Predicate;
import dev.archkit.model.req.Priority;
import dev.archkit.model.req.Requirement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsReaderTest {

    static RequirementsReader.Result read(String text) {
        return RequirementsReader.read(SourceParser.parse("r.arch", text));
    }

    static List<String> messages(RequirementsReader.Result r) {
        return r.diagnostics().stream().map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()
                + (d.hint() == null ? "" : " | " + d.hint())).toList();
    }

    @Test
    void readsPrioritiesIdsPredicatesArgumentsAndPractices() {
        var r = read("""
                requirements shop {
                  must AV1: survives-zone-loss wa REL10-BP01
                  must AV2 : min-tasks-per-zone 2
                  should OPS: orchestrator ecs
                  should COST: monthly-cost-below 5000 USD per month wa COST02-BP05 COST09-BP01
                  should COST2: monthly-cost-below $1200.50/month
                }
                """);
        assertThat(messages(r)).isEmpty();
        List<Requirement> items = r.requirements().get(0).items();
        assertThat(r.requirements().get(0).name()).isEqualTo("shop");
        assertThat(items).extracting(Requirement::id).containsExactly("AV1", "AV2", "OPS", "COST", "COST2");
        assertThat(items.get(0).priority()).isEqualTo(Priority.MUST);
        assertThat(items.get(0).predicate()).isEqualTo(Predicate.SURVIVES_ZONE_LOSS);
        assertThat(items.get(0).wellArchitected()).containsExactly("REL10-BP01");
        assertThat(items.get(0).location().line()).isEqualTo(2);
        assertThat(items.get(1).argument()).isEqualTo(new Argument.Count(2));
        assertThat(items.get(2).priority()).isEqualTo(Priority.SHOULD);
        assertThat(items.get(2).argument()).isEqualTo(new Argument.Choice("ecs"));
        assertThat(items.get(3).argument()).isEqualTo(new Argument.Usd(5000));
        assertThat(items.get(3).wellArchitected()).containsExactly("COST02-BP05", "COST09-BP01");
        assertThat(items.get(4).argument()).isEqualTo(new Argument.Usd(1200.50));
        assertThat(items.get(3).statement()).isEqualTo("monthly-cost-below $5000/month");
    }

    @Test
    void unknownPredicatesPrioritiesAndArgumentsAreLocatedWithDidYouMean() {
        var r = read("""
                requirements shop {
                  must AV1: survive-zone-loss
                  mustt AV2: tracing
                  must AV3: orchestrator ecz
                  must AV4: min-tasks-per-zone two
                  must AV5 tracing
                  must AV1: tracing
                  should AV6: tracing extra
                }
                """);
        assertThat(messages(r)).containsExactly(
                "2:13 unknown predicate 'survive-zone-loss' | did you mean 'survives-zone-loss'?",
                "3:3 'mustt' is not a priority; a requirement starts with 'must' or 'should' | did you mean 'must'?",
                "4:26 'orchestrator' takes one of ecs, eks, any, not 'ecz' | did you mean 'ecs'?",
                "5:32 'min-tasks-per-zone' needs a count, such as 'min-tasks-per-zone 2', not 'two'",
                "6:8 expected 'ID:' before the predicate, found 'AV5' | write 'must R1: AV5'",
                "8:23 unexpected 'extra' after 'tracing' | a requirement is 'ID: PREDICATE [ARGUMENT] [wa PRACTICE]'");
        assertThat(r.requirements().get(0).items()).extracting(Requirement::id).containsExactly("AV1");
    }

    @Test
    void readsNamesWhatToDoWithoutDeadlinesAndHops() {
        var r = read("""
                requirements net {
                  must pulls: aws-access-without internet for api, worker wa SEC05-BP02
                  must nat: aws-access-without nat
                  must edge: only-exposed public-alb, api-gw
                  must fast: deadline 3s at public-alb
                  must fast2: deadline 1500 ms
                  must sync: answers-synchronously public-alb -> ledger
                }
                """);
        assertThat(messages(r)).isEmpty();
        List<Requirement> items = r.requirements().get(0).items();
        assertThat(items).extracting(Requirement::argument).containsExactly(
                new Argument.Avoid(Argument.Without.INTERNET, List.of("api", "worker")),
                new Argument.Avoid(Argument.Without.NAT, List.of()),
                new Argument.Names(List.of("public-alb", "api-gw")),
                new Argument.Deadline(3000, "3s", List.of("public-alb")),
                new Argument.Deadline(1500, "1500 ms", List.of()),
                new Argument.Hop("public-alb", "ledger"));
        assertThat(items.get(0).wellArchitected()).containsExactly("SEC05-BP02");
        assertThat(items).extracting(Requirement::statement).containsExactly(
                "aws-access-without internet for api, worker", "aws-access-without nat", "only-exposed public-alb, api-gw",
                "deadline 3s at public-alb", "deadline 1500 ms", "answers-synchronously public-alb -> ledger");
    }

    @Test
    void badNamesDeadlinesAndHopsAreLocated() {
        var r = read("""
                requirements net {
                  must a: aws-access-without nats
                  must b: deadline 3
                  must c: deadline 3s at
                  must d: answers-synchronously public-alb ledger
                  must e: only-exposed
                  must f: deadline 3 weeks
                }
                """);
        assertThat(messages(r)).containsExactly(
                "2:30 'aws-access-without' takes one of nat, internet, not 'nats' | did you mean 'nat'?",
                "3:20 expected a duration with a unit (ms, s, m, h, d), found '3' | add a unit: 3s or 3ms",
                "4:23 'at' needs element names | write 'deadline ... at NAME, NAME'",
                "5:33 'answers-synchronously' needs an entry point and the element that answers, such as 'answers-synchronously public-alb -> orders', not 'public-alb'",
                "6:11 'only-exposed' needs the names of the elements, such as 'only-exposed public-alb'",
                "7:20 expected a duration with a unit (ms, s, m, h, d), found '3' | add a unit: 3s or 3ms");
        assertThat(r.requirements().get(0).items()).isEmpty();
    }

    @Test
    void aDuplicateIdPointsAtTheFirst() {
        var r = read("""
                requirements shop {
                  must T: tracing
                  should T: central-logs
                }
                """);
        assertThat(messages(r)).containsExactly("3:3 a second requirement 'T'");
        assertThat(r.diagnostics().get(0).related().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void requirementsBesideADesignAreLeftOutOfTheArchitecture() {
        String text = """
                requirements shop {
                  must T: tracing
                }
                architecture a {
                  region eu-west-1
                }
                """;
        var built = ModelBuilder.buildText("m.arch", text);
        assertThat(built.diagnostics()).isEmpty();
        assertThat(built.architecture().name()).isEqualTo("a");
        assertThat(read(text).requirements().get(0).items()).hasSize(1);
    }

    @Test
    void readsDurationsAndPercents() {
        var r = read("""
                requirements data {
                  must rpo: max-rpo 15m wa REL09-BP04
                  must rpo-h: max-rpo 1 h
                  should steps: traffic-shifting 10%
                  should steps2: traffic-shifting 12.5%
                }
                """);
        assertThat(messages(r)).isEmpty();
        List<Requirement> items = r.requirements().get(0).items();
        assertThat(items.get(0).argument()).isEqualTo(new Argument.Span(15 * 60_000L, "15m"));
        assertThat(items.get(0).wellArchitected()).containsExactly("REL09-BP04");
        assertThat(((Argument.Span) items.get(1).argument()).millis()).isEqualTo(3_600_000L);
        assertThat(items.get(2).argument()).isEqualTo(new Argument.Share(10, "10%"));
        assertThat(items.get(2).statement()).isEqualTo("traffic-shifting 10%");
        assertThat(((Argument.Share) items.get(3).argument()).percent()).isEqualTo(12.5);
    }

    @Test
    void aWrongDurationOrPercentIsLocated() {
        var r = read("""
                requirements data {
                  must a: max-rpo fast
                  must b: traffic-shifting 150%
                  must c: traffic-shifting ten
                  must d: max-rpo
                }
                """);
        assertThat(messages(r)).hasSize(4);
        assertThat(messages(r).get(0)).startsWith("2:19 ");
        assertThat(messages(r)).anyMatch(m -> m.startsWith("3:28 'traffic-shifting' needs a percent above 0 and at most 100, not '150%'"));
        assertThat(messages(r)).anyMatch(m -> m.startsWith("4:28 'traffic-shifting' needs a percent, such as 'traffic-shifting 10%', not 'ten'"));
        assertThat(messages(r)).anyMatch(m -> m.startsWith("5:11 'max-rpo' needs a duration, such as 'max-rpo 15m'"));
    }
}
