package dev.opstracker.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The dependency rules of DESIGN.md, written for any root package so that the same rules can be
 * shown to fail on deliberately broken fixture classes and to pass on the real code.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInAnyPackage(root + "..")
                .withOptionalLayers(true)
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Persistence").definedBy(root + ".persistence..")
                .layer("Http").definedBy(root + ".http..")
                .layer("Export").definedBy(root + ".export..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Persistence", "Http", "Export", "Bootstrap")
                .as("layers: domain <- application <- adapters <- bootstrap; no adapter reaches another");
    }

    /** {@code javax.crypto} is the JDK's (java.base) home of HMAC, which webhook signatures need. */
    static ArchRule domainUsesTheJdkOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..", "javax.crypto..")
                .as("domain depends on the JDK only");
    }

    static ArchRule applicationUsesDomainAndInjectOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".domain..", root + ".application..", "java..", "jakarta.inject..")
                .as("application depends on the domain, the JDK and jakarta.inject only");
    }

    static ArchRule domainFeaturesAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles()
                .as("domain feature packages form no cycles");
    }

    static ArchRule sharedDependsOnNoFeature(String root) {
        return classes().that().resideInAPackage(root + ".domain.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain.shared..", "java..")
                .allowEmptyShould(true)
                .as("domain.shared depends on no feature package");
    }

    static ArchRule domainReadsNoClockOrRandomness(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time..")))))
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().belongToAnyOf(
                        Clock.class, InstantSource.class, Random.class, SecureRandom.class, ThreadLocalRandom.class)
                .as("the domain reads no clock and makes no randomness");
    }

    /** @param generatedPackage where the generated code lives below persistence ({@code jooq} in the real code) */
    static ArchRule generatedCodeStaysInPersistence(String root, String generatedPackage) {
        return noClasses().that().resideOutsideOfPackage(root + ".persistence..")
                .should().dependOnClassesThat().resideInAPackage(root + ".persistence." + generatedPackage + "..")
                .as("generated jOOQ code is used only inside persistence");
    }

    static ArchRule guiceStaysInBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                .as("Guice is used only in bootstrap");
    }

    /** The runbook archive is the one git repository; JGit is its technology and stays in its adapter. */
    static ArchRule jgitStaysInExport(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".export..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .as("JGit is used only in the export adapter");
    }

    static ArchRule noFieldInjection() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
    }

    static ArchRule noJavaUtilLogging() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
    }

    static ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }

    static ArchRule noOldDateAndTimeClasses() {
        return GeneralCodingRules.OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED;
    }

    static ArchRule noStandardStreamsOutside(String mainClass) {
        return noClasses().that().doNotHaveFullyQualifiedName(mainClass)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .as("only %s writes to standard streams".formatted(mainClass));
    }
}
