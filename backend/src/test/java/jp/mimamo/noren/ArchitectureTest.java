package jp.mimamo.noren;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.mimamo.noren.renewals.SponsorActivity;
import jp.mimamo.noren.renewals.SponsorActivitySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
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
        slices().matching("jp.mimamo.noren.(sponsors|renewals|billing|templates|statistics|users|centres|registrants|seminars|updates|onboarding|lookups)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), belongToAnyOf(SponsorActivitySource.class, SponsorActivity.class))
                .because("features share data through the database; the one published extension point is renewals'"
                        + " SponsorActivitySource, through which a feature reports what a sponsor took part in")
                .check(classes);
    }

    @Test
    void keychainsUseOnlyTheRegistrysAccessRule() {
        noClasses().that().resideInAPackage("jp.mimamo.noren.keychains..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("registrants other than RegistrantAccess",
                        c -> c.getPackageName().startsWith("jp.mimamo.noren.registrants")
                                && !c.getName().startsWith("jp.mimamo.noren.registrants.RegistrantAccess")))
                .check(classes);
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.registrants..", "jp.mimamo.noren.centres..")
                .should().dependOnClassesThat().resideInAPackage("jp.mimamo.noren.keychains..")
                .check(classes);
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.templates..", "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..",
                        "jp.mimamo.noren.centres..", "jp.mimamo.noren.rosterfiles..", "jp.mimamo.noren.billing..",
                        "jp.mimamo.noren.seminars..", "jp.mimamo.noren.updates..", "jp.mimamo.noren.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.keychains..", "jp.mimamo.noren.registrants..")
                .check(classes);
    }

    @Test
    void theLookupUsesOnlyTheNumberRuleOfKeychainsAndIsTheOnlyOneToSwitchRegions() {
        noClasses().that().resideInAPackage("jp.mimamo.noren.lookups..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "keychains other than RegistrationNumber, or registrants",
                        c -> (c.getPackageName().startsWith("jp.mimamo.noren.keychains")
                                && !c.getName().startsWith("jp.mimamo.noren.keychains.RegistrationNumber"))
                                || c.getPackageName().startsWith("jp.mimamo.noren.registrants")))
                .check(classes);
        noClasses().that().resideOutsideOfPackages("jp.mimamo.noren.lookups..", "jp.mimamo.noren.demo..")
                .should().dependOnClassesThat().resideInAPackage("jp.mimamo.noren.lookups..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("jp.mimamo.noren.lookups..", "jp.mimamo.noren.tenancy..")
                .should().callMethod(jp.mimamo.noren.tenancy.RegionDatabase.class, "switchRegion", java.sql.Connection.class, String.class)
                .because("the emergency look-up is the one deliberate cross-region read (docs/adr/0013)")
                .check(classes);
    }

    @Test
    void theRegistryFileUsesOnlyPublishedPiecesOfTheRegistry() {
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.registrants..", "jp.mimamo.noren.keychains..")
                .should().dependOnClassesThat().resideInAPackage("jp.mimamo.noren.registryfiles..")
                .check(classes);
        noClasses().that().resideInAPackage("jp.mimamo.noren.registryfiles..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.templates..", "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..",
                        "jp.mimamo.noren.billing..", "jp.mimamo.noren.seminars..", "jp.mimamo.noren.rosterfiles..")
                .check(classes);
    }

    @Test
    void theImportMachineryKnowsNoFeature() {
        noClasses().that().resideInAPackage("jp.mimamo.noren.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.rosterfiles..", "jp.mimamo.noren.registryfiles..", "jp.mimamo.noren.registrants..",
                        "jp.mimamo.noren.keychains..", "jp.mimamo.noren.audit..", "jp.mimamo.noren.seminars..")
                .check(classes);
    }

    @Test
    void theAccessLogKnowsNoFeature() {
        noClasses().that().resideInAPackage("jp.mimamo.noren.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.templates..", "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..",
                        "jp.mimamo.noren.centres..", "jp.mimamo.noren.registrants..", "jp.mimamo.noren.keychains..",
                        "jp.mimamo.noren.billing..", "jp.mimamo.noren.seminars..", "jp.mimamo.noren.updates..", "jp.mimamo.noren.lookups..", "jp.mimamo.noren.demo..",
                        "jp.mimamo.noren.devstack..",
                        "jp.mimamo.noren.registryfiles..", "jp.mimamo.noren.rosterfiles..", "jp.mimamo.noren.imports..")
                .check(classes);
    }

    @Test
    void sharedAndTenancyDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.shared..", "jp.mimamo.noren.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.templates..",
                        "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..", "jp.mimamo.noren.renewals..", "jp.mimamo.noren.demo..",
                        "jp.mimamo.noren.devstack..", "jp.mimamo.noren.centres..", "jp.mimamo.noren.registrants..",
                        "jp.mimamo.noren.keychains..", "jp.mimamo.noren.audit..", "jp.mimamo.noren.billing..", "jp.mimamo.noren.seminars..")
                .check(classes);
    }

    @Test
    void documentsAndTablesAreInfrastructureThatKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mimamo.noren.documents..", "jp.mimamo.noren.tables..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mimamo.noren.sponsors..", "jp.mimamo.noren.renewals..",
                        "jp.mimamo.noren.templates..", "jp.mimamo.noren.statistics..", "jp.mimamo.noren.users..",
                        "jp.mimamo.noren.tenancy..", "jp.mimamo.noren.demo..", "jp.mimamo.noren.devstack..",
                        "jp.mimamo.noren.centres..", "jp.mimamo.noren.registrants..", "jp.mimamo.noren.keychains..",
                        "jp.mimamo.noren.audit..", "jp.mimamo.noren.billing..", "jp.mimamo.noren.seminars..")
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
