package org.greenlane.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core holds the domain engines. They must run anywhere (server, CLI, benchmarks, Spark),
 * so no framework may leak in, and capabilities talk only through each other's public API.
 */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenlane.core");
    }

    @Test
    void coreIsFrameworkFree() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
                        "javax.persistence..", "org.hibernate..", "com.fasterxml.jackson..")
                .because("engines in greenlane-core are framework-free (DEVELOPERS.md, ground rules)")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void capabilitiesDoNotReachIntoEachOthersInternals() {
        CapabilityRules.internalsStayInside("org.greenlane.core").check(core);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        CapabilityRules.capabilitiesFreeOfCycles("org.greenlane.core").check(core);
    }
}
