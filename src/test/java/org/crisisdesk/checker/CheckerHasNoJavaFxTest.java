package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/** The checker is plain Java: the editor, the CLI and the benchmarks all use it without a toolkit. */
class CheckerHasNoJavaFxTest {
    @Test
    void checkerDoesNotUseJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crisisdesk.checker");
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideInAPackage("org.crisisdesk.checker..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");
        rule.check(classes);
        assertEquals(true, classes.size() > 10);
    }
}
