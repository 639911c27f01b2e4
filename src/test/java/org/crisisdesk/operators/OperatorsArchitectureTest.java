package org.crisisdesk.operators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The operators core stays plain Java: no JavaFX, no UI, no app wiring. */
class OperatorsArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crisisdesk.operators");

    @Test
    void coreDoesNotUseJavaFxOrTheUi() {
        noClasses().that().resideInAPackage("org.crisisdesk.operators..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.crisisdesk.ui..", "org.crisisdesk.app..")
                .check(classes);
    }
}
