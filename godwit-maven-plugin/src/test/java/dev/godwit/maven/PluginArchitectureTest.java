package dev.godwit.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin's half of ArchitectureTest's rule for the plugins: it reaches the engine only
 * through the facade ({@code dev.godwit.Godwit}, {@code GodwitBuilder}) and the public packages,
 * never {@code dev.godwit.internal}. Checked here because godwit-cli's tests, which check every other
 * module, do not see this one.
 */
class PluginArchitectureTest {

    @Test
    void thePluginReachesTheEngineOnlyThroughThePublicApi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.godwit.maven");
        noClasses().that().resideInAPackage("dev.godwit.maven..")
                .should().dependOnClassesThat().resideInAPackage("dev.godwit.internal..")
                .check(classes);
    }
}
