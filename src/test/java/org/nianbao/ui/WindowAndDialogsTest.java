package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a real desk: its size and state, a language switch while maximized, the dialogs' words. */
@ExtendWith(ApplicationExtension.class)
class WindowAndDialogsTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private NianbaoApp.Window window;
    private Workspace ws;
    private Stage stage;
    private final UiState state = new UiState();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), java.time.Clock.systemDefaultZone(), dir.resolve("home"));
        window = NianbaoApp.createWindow(UiText.forLanguage("zh"), ws, Background.forApp(), dialogs, state, () -> { }, f -> { });
        stage.setScene(window.scene());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    private void open(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.view().openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.vm().session() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void switchingLanguageWhileMaximizedFillsTheWindowWithTheNewUiOnly(FxRobot robot) throws Exception {
        Path file = dir.resolve("语言.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        open(file);
        robot.interact(() -> {
            window.vm().select("section:overview");
            stage.setMaximized(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent old = window.view().root();
        List<NianbaoApp.Window> switched = new ArrayList<>();
        window.view().onLanguage(lang -> {
            NianbaoApp.Window english = NianbaoApp.createWindow(UiText.forLanguage(lang), ws, Background.forApp(), dialogs, state,
                    () -> { }, f -> { }, stage.getScene());
            NianbaoApp.carryOver(window, english);
            switched.add(english);
        });
        robot.clickOn("视图").clickOn("界面语言").clickOn("#menu-lang-en");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switched).hasSize(1);
        NianbaoApp.Window english = switched.get(0);
        assertThat(stage.getScene().getRoot()).isSameAs(english.view().root());
        assertThat(old.getScene()).isNull();
        assertThat(stage.isMaximized()).isTrue();
        assertThat(english.view().root().getLayoutBounds().getWidth()).isEqualTo(stage.getScene().getWidth());
        assertThat(english.view().root().getLayoutBounds().getHeight()).isEqualTo(stage.getScene().getHeight());
        assertThat(english.vm().selectedProperty().get().key()).isEqualTo("section:overview");
        assertThat(english.vm().steps().get(0).label()).isEqualTo("Basics");
        // The new controls work: Next moves on.
        robot.clickOn("#next");
        assertThat(english.vm().selectedProperty().get().sectionId()).isEqualTo("proactive");
        robot.interact(() -> stage.setMaximized(false));
    }

    /**
     * Every label is set in the bundled Noto Sans SC on every system: a font list whose first family is absent (as
     * Microsoft YaHei is on Linux) sent JavaFX to the system default, which on a desktop with fonts-noto-cjk drew
     * every Chinese character as a box.
     */
    @Test
    void theUiIsSetInTheBundledChineseFontWhateverTheSystemHas(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.control.Labeled> labels = robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).queryAll();
        assertThat(labels).isNotEmpty();
        assertThat(labels).allSatisfy(l -> assertThat(l.getFont().getFamily()).as(l.getText()).isEqualTo("Noto Sans SC"));
    }

    /** 帮助 → 关于 names the build and the log file an internal error points to, and the settings folder. */
    @Test
    void aboutNamesTheBuildAndTheLogFile(FxRobot robot) {
        robot.clickOn("帮助").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.abouts).hasSize(1);
        assertThat(dialogs.abouts.get(0)).contains("年报 Nianbao").contains(ws.errorLog().file().toString())
                .contains(ws.home().toString()).contains("THIRD-PARTY.txt");
    }

    @Test
    void theAppReturnsToTheStepItWasClosedOn() throws Exception {
        Path file = dir.resolve("上次.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        state.step = "CHECKS";
        WaitForAsyncUtils.asyncFx(() -> NianbaoApp.openAtLastStep(window, file, state, () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.vm().session() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.vm().selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.CHECKS);
        assertThat(state.step).isEqualTo("CHECKS");
    }

    @Test
    void aFirstStartFillsASmallScreenAndARememberedSizeIsRestoredWithinTheScreen() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 728);
        assertThat(NianbaoApp.placement(new UiState(), laptop)).isEqualTo(new NianbaoApp.Placement(1366, 728, true));
        assertThat(NianbaoApp.placement(new UiState(), new Rectangle2D(0, 0, 2560, 1400)))
                .isEqualTo(new NianbaoApp.Placement(1280, 800, false));
        UiState remembered = new UiState();
        remembered.width = 1100;
        remembered.height = 700;
        assertThat(NianbaoApp.placement(remembered, laptop)).isEqualTo(new NianbaoApp.Placement(1100, 700, false));
        remembered.width = 1900;
        remembered.maximized = true;
        assertThat(NianbaoApp.placement(remembered, laptop)).isEqualTo(new NianbaoApp.Placement(1366, 700, true));
    }

    @Test
    void everyDialogSpeaksTheUsersLanguageAndBelongsToTheWindow(FxRobot robot) {
        Set<String> systemWords = Set.of("OK", "Cancel", "Yes", "No", "Confirmation", "Warning");
        for (String lang : List.of("zh", "en")) {
            FxDialogs real = new FxDialogs(UiText.forLanguage(lang));
            UiText text = UiText.forLanguage(lang);
            List<Dialog<?>> built = new ArrayList<>();
            robot.interact(() -> {
                javafx.stage.Window owner = stage;
                built.add(real.confirmAlert(owner, text.get("ui.recover.question", "r.nianbao")));
                built.add(real.saveChangesAlert(owner, "r"));
                built.add(real.changedOnDiskAlert(owner, "r"));
                built.add(real.textDialog(owner, text.get("ui.outline.add"), text.get("ui.outline.headingPrompt"), ""));
                built.add(real.passwordDialog(owner, "?"));
                built.add(real.mappingDialog(owner, "财务处自制表.xlsx", List.of("财务处"), "财务处", java.util.Map.of("date", "发布日期")));
                built.add(real.newProjectDialog(owner, List.<String[]>of(new String[] {"moe-academic-year", "学年", "2021-2022"})));
            });
            for (Dialog<?> d : built) {
                assertThat(d.getOwner()).as(d.getTitle()).isSameAs(stage);
                assertThat(d.getTitle()).as("title").isNotBlank().isNotIn(systemWords);
                for (ButtonType type : d.getDialogPane().getButtonTypes()) {
                    Button b = (Button) d.getDialogPane().lookupButton(type);
                    if ("zh".equals(lang)) {
                        assertThat(b.getText()).as(d.getTitle()).isNotIn(systemWords).doesNotContainPattern("[A-Za-z]");
                    } else {
                        assertThat(b.getText()).as(d.getTitle()).doesNotContainPattern("\\p{IsHan}");
                    }
                }
            }
        }
    }

    /** The new-project dialog suggests the year as the chosen kind counts it, and keeps a year she typed herself. */
    @Test
    void theNewProjectsYearFollowsTheKindUnlessTyped(FxRobot robot) {
        FxDialogs real = new FxDialogs(UiText.forLanguage("zh"));
        List<String[]> kinds = List.<String[]>of(new String[] {"moe-academic-year", "学年", "2025-2026"},
                new String[] {"gov-2021-calendar-year", "年度", "2025"});
        List<Dialog<?>> built = new java.util.ArrayList<>();
        robot.interact(() -> built.add(real.newProjectDialog(stage, kinds)));
        javafx.scene.Node content = built.get(0).getDialogPane().getContent();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> kind = (javafx.scene.control.ComboBox<String>) content.lookup(".combo-box");
        javafx.scene.control.TextField year = (javafx.scene.control.TextField) content.lookupAll(".text-field").iterator().next();
        assertThat(year.getText()).isEqualTo("2025-2026");
        robot.interact(() -> kind.getSelectionModel().select(1));
        assertThat(year.getText()).isEqualTo("2025");
        robot.interact(() -> {
            year.setText("2024");
            kind.getSelectionModel().select(0);
        });
        assertThat(year.getText()).isEqualTo("2024");
    }
}
