package org.crisisdesk.drafting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drafting core is plain Java: no JavaFX, no UI. */
class DraftingArchitectureTest {
    @Test
    void draftingCoreDoesNotTouchJavafxOrTheUi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crisisdesk.drafting");
        noClasses().that().resideInAPackage("org.crisisdesk.drafting..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.crisisdesk.ui..", "org.fxmisc..")
                .check(classes);
    }
}
