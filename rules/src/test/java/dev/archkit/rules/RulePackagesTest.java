package dev.archkit.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the rules module depend on each other one way: the catalog on the families,
 * the families and the reporters on the API ({@code dev.archkit.rules}), and the API on none of
 * them. Each package is its own slice, the API included, so a family that used another family,
 * or an API class that reached for the catalog, would form a cycle and fail here.
 */
class RulePackagesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.archkit.rules");

    /** One slice per package, dev.archkit.rules itself included (a pattern like rules.(*).. would leave it out). */
    static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("dev.archkit.rules") ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of dev.archkit.rules";
        }
    };

    @Test
    void noPackageCyclesAmongTheRulePackages() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : CLASSES) packages.add(c.getPackageName());
        // the test means something only if the API, the catalog and the families are all there
        assertThat(packages).contains("dev.archkit.rules", "dev.archkit.rules.catalog", "dev.archkit.rules.availability",
                "dev.archkit.rules.leastprivilege", "dev.archkit.rules.resilience", "dev.archkit.rules.report");
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theApiKnowsNoFamilyNorTheCatalog() {
        noClasses().that().resideInAPackage("dev.archkit.rules")
                .should().dependOnClassesThat(DescribedPredicate.describe("in a sub-package of dev.archkit.rules",
                        (JavaClass c) -> c.getPackageName().startsWith("dev.archkit.rules.")))
                .check(CLASSES);
    }

    @Test
    void onlyTheCatalogKnowsTheFamilies() {
        for (String family : new String[] {"availability", "cost", "hygiene", "leastprivilege", "resilience"}) {
            noClasses().that().resideOutsideOfPackages("dev.archkit.rules.catalog", "dev.archkit.rules." + family)
                    .should().dependOnClassesThat().resideInAPackage("dev.archkit.rules." + family)
                    .check(CLASSES);
        }
    }

    @Test
    void onlyTheCostFamilyAndTheCatalogKnowTheCostModule() {
        noClasses().that().resideOutsideOfPackages("dev.archkit.rules.cost", "dev.archkit.rules.catalog")
                .should().dependOnClassesThat().resideInAPackage("dev.archkit.cost..")
                .check(CLASSES);
    }
}
