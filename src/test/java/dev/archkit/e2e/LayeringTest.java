package dev.archkit.e2e;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of the design: language -> model -> facts -> cost / rules -> reviews / outputs, live reading beside the language; the CLI wires them. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.archkit");

    private static void onlyUses(String layer, String... allowed) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(
                "dev.archkit.model..", "dev.archkit.lang..", "dev.archkit.facts..", "dev.archkit.cost..",
                "dev.archkit.rules..", "dev.archkit.review..", "dev.archkit.gen..", "dev.archkit.report..", "dev.archkit.serve..", "dev.archkit.live..", "dev.archkit.lsp..", "dev.archkit.cli.."));
        all.remove(layer);
        all.removeAll(java.util.List.of(allowed));
        noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat().resideInAnyPackage(all.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        onlyUses("dev.archkit.model..");
    }

    @Test
    void grammarKnowsOnlyTheModel() {
        onlyUses("dev.archkit.lang..", "dev.archkit.model..");
    }

    @Test
    void factsAreDerivedFromTheModelAlone() {
        onlyUses("dev.archkit.facts..", "dev.archkit.model..");
    }

    @Test
    void costReadsTheModelAndItsFacts() {
        onlyUses("dev.archkit.cost..", "dev.archkit.model..", "dev.archkit.facts..");
    }

    @Test
    void rulesReadTheModelFactsAndCost() {
        onlyUses("dev.archkit.rules..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..");
    }

    /** Reviews judge requirements from the model, its facts, cost and the rules' findings; the CLI reads the files. */
    @Test
    void reviewsReadTheModelFactsCostAndRules() {
        onlyUses("dev.archkit.review..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..", "dev.archkit.rules..");
    }

    @Test
    void generatorsAndLiveReadingDoNotUseTheGrammarTheRulesOrEachOther() {
        onlyUses("dev.archkit.gen..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..");
        onlyUses("dev.archkit.live..", "dev.archkit.model..", "dev.archkit.facts..");
    }

    /** The HTML report reads what the pipeline derives (findings, cost, diagrams); it never parses, reads live AWS or calls the CLI. */
    @Test
    void reportReadsTheRulesCostAndGeneratorsOnly() {
        onlyUses("dev.archkit.report..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..", "dev.archkit.rules..", "dev.archkit.gen..");
    }

    /**
     * 'archkit serve' builds the files again on every change (the grammar) and renders the report's page (the report),
     * which the report module may not do itself (it never parses); it never reads live AWS, reviews, the language server or the CLI.
     */
    @Test
    void theLiveServerRebuildsWithTheGrammarAndRendersWithTheReport() {
        onlyUses("dev.archkit.serve..", "dev.archkit.model..", "dev.archkit.lang..", "dev.archkit.facts..", "dev.archkit.cost..",
                "dev.archkit.rules..", "dev.archkit.gen..", "dev.archkit.report..");
    }

    /** The language server answers from the same pipeline as 'check': the grammar, the facts, cost and the rules; never the outputs, live reading or the CLI. */
    @Test
    void languageServerUsesThePipelineNotTheOutputsOrTheCli() {
        onlyUses("dev.archkit.lsp..", "dev.archkit.model..", "dev.archkit.lang..", "dev.archkit.facts..", "dev.archkit.cost..", "dev.archkit.rules..");
    }

    /** An operation on an AWS SDK client other than describe, list or get (or building and closing the client). */
    static final com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> MUTATING_AWS_CALL =
            new com.tngtech.archunit.lang.ArchCondition<>("call an AWS operation that is not describe, list or get") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                    for (com.tngtech.archunit.core.domain.JavaMethodCall call : c.getMethodCallsFromSelf()) {
                        var owner = call.getTargetOwner();
                        if (!owner.getPackageName().startsWith("software.amazon.awssdk.services.") || !owner.getSimpleName().endsWith("Client")) continue;
                        if (call.getName().matches("(describe|list|get)[A-Z].*|builder|create|close|serviceName|serviceClientConfiguration")) continue;
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            };

    /** Anything touching AWS is read-only: archkit's code never asks an AWS client to change anything. */
    @Test
    void awsClientsAreOnlyAskedToDescribeListOrGet() {
        noClasses().that().resideInAPackage("dev.archkit..").should(MUTATING_AWS_CALL).check(CLASSES);
    }

    @Test
    void theReadOnlyRuleCatchesAWrite() {
        com.tngtech.archunit.core.domain.JavaClasses writer = new ClassFileImporter().importClasses(Writer.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().should(MUTATING_AWS_CALL).check(writer))
                .isInstanceOf(AssertionError.class).hasMessageContaining("deleteCluster");
    }

    /** Never run: only its bytecode is inspected. */
    static final class Writer {
        void destroy(software.amazon.awssdk.services.ecs.EcsClient ecs) {
            ecs.deleteCluster(b -> b.cluster("x"));
        }
    }

}
