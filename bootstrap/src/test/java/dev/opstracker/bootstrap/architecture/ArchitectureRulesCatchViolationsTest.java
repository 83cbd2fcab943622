package dev.opstracker.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.opstracker.bootstrap.archfixture.bootstrap.FixtureMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a fixture class that breaks it, naming that class: a rule that
 * could never fail would prove nothing about the real code.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String ROOT = "dev.opstracker.bootstrap.archfixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    private static void assertViolatedBy(ArchRule rule, String offendingClass) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(offendingClass);
    }

    @Test
    void aDomainClassReachingAnAdapterBreaksTheLayersAndTheJdkOnlyRule() {
        assertViolatedBy(ArchitectureRules.layers(ROOT), "AdapterReachingTask");
        assertViolatedBy(ArchitectureRules.domainUsesTheJdkOnly(ROOT), "AdapterReachingTask");
    }

    @Test
    void anAdapterReachingAnotherAdapterBreaksTheLayers() {
        assertViolatedBy(ArchitectureRules.layers(ROOT), "JooqFixtureStore");
    }

    @Test
    void aDomainClassReadingTheClockIsCaught() {
        assertViolatedBy(ArchitectureRules.domainReadsNoClockOrRandomness(ROOT), "ClockReadingTask");
    }

    @Test
    void otherClocksAndRandomnessInTheDomainAreCaught() {
        assertViolatedBy(ArchitectureRules.domainReadsNoClockOrRandomness(ROOT), "ZonedClockTask");
        assertViolatedBy(ArchitectureRules.domainReadsNoClockOrRandomness(ROOT), "RandomPriorityTask");
    }

    @Test
    void cyclesBetweenDomainFeaturesAreCaught() {
        assertViolatedBy(ArchitectureRules.domainFeaturesAreFreeOfCycles(ROOT), "Alpha");
    }

    @Test
    void guiceOutsideBootstrapIsCaughtInTheApplication() {
        assertViolatedBy(ArchitectureRules.guiceStaysInBootstrap(ROOT), "GuiceAwareService");
        assertViolatedBy(ArchitectureRules.applicationUsesDomainAndInjectOnly(ROOT), "GuiceAwareService");
    }

    @Test
    void generatedCodeUsedOutsidePersistenceIsCaught() {
        assertViolatedBy(ArchitectureRules.generatedCodeStaysInPersistence(ROOT, "codegen"), "FixtureRoutes");
    }

    @Test
    void jgitOutsideTheExportAdapterIsCaught() {
        assertViolatedBy(ArchitectureRules.jgitStaysInExport(ROOT), "GitFixtureHistory");
    }

    @Test
    void generalCodingRulesCatchTheirViolations() {
        assertViolatedBy(ArchitectureRules.noFieldInjection(), "FixtureRoutes");
        assertViolatedBy(ArchitectureRules.noJavaUtilLogging(), "FixtureRoutes");
        assertViolatedBy(ArchitectureRules.noGenericExceptions(), "FixtureRoutes");
        assertViolatedBy(ArchitectureRules.noOldDateAndTimeClasses(), "FixtureRoutes");
        assertViolatedBy(ArchitectureRules.noStandardStreamsOutside(FixtureMain.class.getName()), "FixtureRoutes");
    }

    @Test
    void theCompositionRootMayWriteToStandardOutput() {
        EvaluationResult result = ArchitectureRules.noStandardStreamsOutside(FixtureMain.class.getName()).evaluate(fixtures);

        assertThat(result.getFailureReport().toString()).doesNotContain("FixtureMain.main");
    }
}
