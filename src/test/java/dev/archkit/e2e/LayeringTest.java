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

    /**
     * Outputs never read live systems. Live reading compares what runs with the model's facts;
     * Kubernetes drift (live.k8s) expects exactly the objects 'archkit k8s' writes, so it, and
     * only it, reads the generators' k8s package: the flow is model -> facts -> gen.k8s -> live.k8s,
     * never back.
     */
    @Test
    void generatorsAndLiveReadingDoNotUseTheGrammarTheRulesOrEachOther() {
        onlyUses("dev.archkit.gen..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..");
        onlyUses("dev.archkit.live..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.gen..");
        noClasses().that().resideInAPackage("dev.archkit.live..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.archkit.gen..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.archkit.gen.k8s.."))))
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.archkit.live..").and().resideOutsideOfPackage("dev.archkit.live.k8s..")
                .should().dependOnClassesThat().resideInAPackage("dev.archkit.gen..")
                .check(CLASSES);
    }

    /** The HTML report reads what the pipeline derives (findings, cost, diagrams, a review's verdicts); it never parses, reads live AWS or calls the CLI. */
    @Test
    void reportReadsTheRulesCostAndGeneratorsOnly() {
        onlyUses("dev.archkit.report..", "dev.archkit.model..", "dev.archkit.facts..", "dev.archkit.cost..", "dev.archkit.rules..", "dev.archkit.gen..",
                "dev.archkit.review..");
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

    /**
     * A call into fabric8's Kubernetes client that is not one of the read calls drift makes: a
     * list of a namespaced kind (an HTTP GET with limit and continue), reached through the API
     * group accessors; closing the client. Anything else (create, edit, patch, replace, delete,
     * watch, inform, exec, scale, a server-side apply, a raw request) fails the build. Configuring
     * and building a client (Config, the builders) sends nothing.
     */
    static final com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> NON_READ_KUBERNETES_CALL =
            new com.tngtech.archunit.lang.ArchCondition<>("call a Kubernetes client operation other than list") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                    for (com.tngtech.archunit.core.domain.JavaMethodCall call : c.getMethodCallsFromSelf()) {
                        var owner = call.getTargetOwner();
                        if (!owner.getPackageName().startsWith("io.fabric8.kubernetes.client")) continue;
                        String type = owner.getSimpleName();
                        if (type.equals("Config") || type.endsWith("Builder") || type.endsWith("Exception") || type.endsWith("Fluent")) continue;
                        if (call.getName().matches("list|inNamespace|apps|network|autoscaling|policy|v1|v2|deployments|services|ingresses"
                                + "|networkPolicies|horizontalPodAutoscalers|podDisruptionBudget|serviceAccounts|close")) continue;
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            };

    /** Anything touching Kubernetes is read-only: archkit's code only lists, page by page. */
    @Test
    void kubernetesClientsAreOnlyAskedToList() {
        noClasses().that().resideInAPackage("dev.archkit..").should(NON_READ_KUBERNETES_CALL).check(CLASSES);
    }

    @Test
    void theKubernetesReadOnlyRuleCatchesAWriteAndAWatch() {
        com.tngtech.archunit.core.domain.JavaClasses writer = new ClassFileImporter().importClasses(KubernetesWriter.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().should(NON_READ_KUBERNETES_CALL).check(writer))
                .isInstanceOf(AssertionError.class).hasMessageContaining("delete").hasMessageContaining("watch").hasMessageContaining("edit");
    }

    /** Never run: only its bytecode is inspected. */
    static final class Writer {
        void destroy(software.amazon.awssdk.services.ecs.EcsClient ecs) {
            ecs.deleteCluster(b -> b.cluster("x"));
        }
    }

    /** Never run: only its bytecode is inspected. */
    static final class KubernetesWriter {
        void destroy(io.fabric8.kubernetes.client.KubernetesClient k) {
            k.apps().deployments().inNamespace("x").withName("y").delete();
            k.apps().deployments().inNamespace("x").withName("y").edit(d -> d);
            k.services().inNamespace("x").watch(null);
        }
    }

}
