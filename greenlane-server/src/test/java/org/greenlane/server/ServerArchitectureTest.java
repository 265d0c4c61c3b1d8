package org.greenlane.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.greenlane.core.CapabilityRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map of docs/architecture.md, enforced: capabilities are direct subpackages, keep
 * their internals to themselves and form no cycles; the platform depends on no capability.
 */
class ServerArchitectureTest {

    private static JavaClasses server;

    @BeforeAll
    static void importServer() {
        server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenlane.server");
    }

    @Test
    void capabilitiesDoNotReachIntoEachOthersInternals() {
        CapabilityRules.internalsStayInside("org.greenlane.server").check(server);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        CapabilityRules.capabilitiesFreeOfCycles("org.greenlane.server").check(server);
    }

    @Test
    void platformDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.greenlane.server.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.greenlane.server.footprint..", "org.greenlane.server.cbam..", "org.greenlane.server.ledger..",
                        "org.greenlane.server.exchange..", "org.greenlane.server.customs..",
                        "org.greenlane.server.classification..", "org.greenlane.server.demo..", "org.greenlane.server.launcher..")
                .check(server);
    }

    @Test
    void onlyTheLauncherStartsTheApplication() {
        noClasses().that().resideOutsideOfPackage("org.greenlane.server.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.greenlane.server.launcher..")
                .check(server);
    }
}
