package org.crisisdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core (everything but ui and app) stays plain Java: no JavaFX, and it never reaches into the UI. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crisisdesk");

    @Test
    void coreIsFreeOfJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.crisisdesk.ui..", "org.crisisdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnUiOrApp() {
        noClasses().that().resideOutsideOfPackages("org.crisisdesk.ui..", "org.crisisdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crisisdesk.ui..", "org.crisisdesk.app..")
                .check(classes);
    }
}
