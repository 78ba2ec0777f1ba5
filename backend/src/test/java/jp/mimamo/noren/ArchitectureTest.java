package jp.mimamo.noren;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of docs/architecture.md, held by the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mimamo.noren");
    }

    @Test
    void featuresDoNotDependOnEachOther() {
        slices().matching("jp.mimamo.noren.(sponsors|renewals|templates|statistics|users|seminars)..").should().notDependOnEachOther()
                .check(classes);
    }

    @Test
    void sharedAndTenancyDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.shared..", "jp.mimamo.noren.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.templates..",
                        "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..", "jp.mimamo.noren.renewals..", "jp.mimamo.noren.seminars..", "jp.mimamo.noren.demo..",
                        "jp.mimamo.noren.devstack..")
                .check(classes);
    }

    @Test
    void documentsAndTablesAreInfrastructureThatKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.documents..", "jp.mimamo.noren.tables..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.templates..", "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..",
                        "jp.mimamo.noren.seminars..", "jp.mimamo.noren.tenancy..", "jp.mimamo.noren.demo..", "jp.mimamo.noren.devstack..")
                .check(classes);
    }

    @Test
    void onlyStatisticsUsesTheStatsConnection() {
        noClasses().that().resideOutsideOfPackages("jp.mimamo.noren.statistics..", "jp.mimamo.noren.database..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Named")
                .because("the stats datasource is injected by name, and only head-office statistics may read across regions")
                .check(classes);
    }

    @Test
    void theProductDoesNotDependOnTheDevelopmentStack() {
        noClasses().that().resideOutsideOfPackages("jp.mimamo.noren.devstack..")
                .should().dependOnClassesThat().resideInAPackage("jp.mimamo.noren.devstack..")
                .check(classes);
    }
}
