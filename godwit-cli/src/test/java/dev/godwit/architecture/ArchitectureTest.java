package dev.godwit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure, checked on the compiled classes of every module (this module's test
 * classpath holds them all): no package cycles; the API ({@code dev.godwit.api}, the schema
 * model in {@code dev.godwit.schema}, the model-source SPI in {@code dev.godwit.spi}) imports nothing
 * of the engine; the CLI and the plugins use the engine only through them and the {@code Godwit}
 * facade, never {@code dev.godwit.internal}.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.godwit");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.godwit.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theApiIsALeaf() {
        noClasses().that().resideInAPackage("dev.godwit.api..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.godwit..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("dev.godwit.api..", "dev.godwit.schema..", "java..")
                .check(classes);
    }

    @Test
    void theServiceProviderInterfaceNeedsOnlyTheApi() {
        noClasses().that().resideInAPackage("dev.godwit.spi..")
                .should().dependOnClassesThat().resideInAPackage("dev.godwit.internal..")
                .check(classes);
    }

    @Test
    void theCliAndThePluginsReachTheEngineOnlyThroughThePublicApi() {
        noClasses().that().resideInAnyPackage("dev.godwit.cli..", "dev.godwit.jpa..", "dev.godwit.junit..")
                .should().dependOnClassesThat().resideInAPackage("dev.godwit.internal..")
                .check(classes);
    }
}
