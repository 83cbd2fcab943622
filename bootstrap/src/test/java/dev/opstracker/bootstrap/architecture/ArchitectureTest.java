package dev.opstracker.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.opstracker.bootstrap.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real code obeys every rule of DESIGN.md; the build fails on the first violation. */
class ArchitectureTest {

    private static final String ROOT = "dev.opstracker";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void layersDependOnlyInward() {
        check(ArchitectureRules.layers(ROOT));
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        check(ArchitectureRules.domainUsesTheJdkOnly(ROOT));
    }

    @Test
    void applicationDependsOnDomainAndInjectAnnotationsOnly() {
        check(ArchitectureRules.applicationUsesDomainAndInjectOnly(ROOT));
    }

    @Test
    void domainFeaturePackagesFormNoCycles() {
        check(ArchitectureRules.domainFeaturesAreFreeOfCycles(ROOT));
        check(ArchitectureRules.sharedDependsOnNoFeature(ROOT));
    }

    @Test
    void domainReadsNoClockAndMakesNoRandomness() {
        check(ArchitectureRules.domainReadsNoClockOrRandomness(ROOT));
    }

    @Test
    void generatedCodeStaysInsidePersistence() {
        check(ArchitectureRules.generatedCodeStaysInPersistence(ROOT, "jooq"));
    }

    @Test
    void guiceStaysInBootstrap() {
        check(ArchitectureRules.guiceStaysInBootstrap(ROOT));
    }

    @Test
    void jgitStaysInTheExportAdapter() {
        check(ArchitectureRules.jgitStaysInExport(ROOT));
    }

    @Test
    void generalCodingRulesHold() {
        check(ArchitectureRules.noFieldInjection());
        check(ArchitectureRules.noJavaUtilLogging());
        check(ArchitectureRules.noGenericExceptions());
        check(ArchitectureRules.noOldDateAndTimeClasses());
        check(ArchitectureRules.noStandardStreamsOutside(Main.class.getName()));
    }

    @Test
    void everyModuleWasImported() {
        org.assertj.core.api.Assertions.assertThat(production.stream().map(javaClass -> javaClass.getPackageName().split("\\.")[2]).distinct())
                .contains("domain", "application", "persistence", "http", "export", "bootstrap");
    }
}
