package dev.archkit.e2e;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of the design: model <- grammar, rules, generators <- cli. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.archkit");

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.archkit.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archkit.lang..", "dev.archkit.rules..", "dev.archkit.gen..", "dev.archkit.cli..")
                .check(CLASSES);
    }

    @Test
    void rulesAndGeneratorsDoNotUseTheGrammarOrEachOther() {
        // the rules module holds no classes until the rule engine lands; the rule then applies as is
        noClasses().that().resideInAPackage("dev.archkit.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archkit.lang..", "dev.archkit.gen..", "dev.archkit.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.archkit.gen..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archkit.lang..", "dev.archkit.rules..", "dev.archkit.cli..")
                .check(CLASSES);
    }

    @Test
    void grammarKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("dev.archkit.lang..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archkit.rules..", "dev.archkit.gen..", "dev.archkit.cli..")
                .check(CLASSES);
    }
}
