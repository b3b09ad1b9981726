package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md §3 promises, enforced. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nianbao");

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.nianbao.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.nianbao.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.nianbao.kind..", "org.nianbao.store..", "org.nianbao.compose..", "org.nianbao.render..",
                        "org.nianbao.cli..", "org.nianbao.ui..", "org.nianbao.workspace..", "org.nianbao.i18n..",
                        "com.fasterxml..", "org.apache..", "com.itextpdf..")
                .check(MAIN);
    }

    @Test
    void theCoreNeverReachesUpIntoTheCommandLineOrTheApp() {
        noClasses().that().resideInAnyPackage("org.nianbao.model..", "org.nianbao.kind..", "org.nianbao.store..",
                        "org.nianbao.compose..", "org.nianbao.render..", "org.nianbao.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.cli..", "org.nianbao.ui..")
                .check(MAIN);
    }

    @Test
    void renderersOnlyLayOutTheComposedDocument() {
        noClasses().that().resideInAPackage("org.nianbao.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.store..", "org.nianbao.kind..")
                .check(MAIN);
    }

    @Test
    void whereFilesGoOnThisComputerDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.nianbao.platform..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.nianbao..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.nianbao.platform.."))))
                .check(MAIN);
    }
}
