package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

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

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching("org.nianbao.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The command line and the app do their work through the workspace: they may show what the core hands back
     * (records, enums and exceptions: a finding, an import issue, a signature report) and the model and kinds, but
     * the core's operations (composing, reading and writing files, signing, checking) are called by the workspace.
     */
    @Test
    void frontEndsReachTheCoreThroughTheWorkspace() {
        // Handles the workspace hands out and takes back: a signing key, a project's lock, the resolved {{fields}}.
        java.util.Set<String> handles = java.util.Set.of("org.nianbao.sign.SigningKey", "org.nianbao.store.ProjectLock",
                "org.nianbao.compose.Fields");
        DescribedPredicate<JavaClass> operation = DescribedPredicate.describe("an operation of the core (not a value it hands back)",
                c -> !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class) && !c.isInterface()
                        && !handles.contains(c.getName())
                        && !c.getEnclosingClass().map(e -> e.isRecord() || e.isInterface()).orElse(false));
        noClasses().that().resideInAnyPackage("org.nianbao.cli..", "org.nianbao.ui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.nianbao.store..",
                        "org.nianbao.compose..", "org.nianbao.render..", "org.nianbao.intake..", "org.nianbao.sign..",
                        "org.nianbao.published..", "org.nianbao.check..", "org.nianbao.stats..").and(operation))
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        // Main hands the console to the command line (and says so when JavaFX's cache cannot be set up, before
        // anything else runs); the launch probe writes its timings on standard output for `bench`, which reads them.
        noClasses().that().resideOutsideOfPackages("org.nianbao.cli..")
                .and().doNotHaveFullyQualifiedName("org.nianbao.Main")
                .and().doNotHaveFullyQualifiedName("org.nianbao.ui.LaunchTiming")
                // The app's standard error, wrapped so that it reaches the log file too (it prints nothing itself).
                .and().doNotHaveFullyQualifiedName("org.nianbao.platform.LogFile")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(MAIN);
    }

    /** The checks ask the workspace's fonts which characters cannot be drawn; they never reach into a renderer. */
    @Test
    void theChecksDoNotReachIntoTheRenderers() {
        noClasses().that().resideInAPackage("org.nianbao.check..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.render.pdf..", "org.nianbao.render.docx..",
                        "org.nianbao.render.fonts..")
                .check(MAIN);
    }
}
