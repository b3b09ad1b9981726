package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as a secretary lives in it over days (issue 14): what she imported, and what was wrong with
 * it, is still there after a restart; undoing an import never takes later work with it; and a window
 * without a project offers nothing that needs one.
 */
@ExtendWith(ApplicationExtension.class)
class SeasonAppTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private NianbaoApp.Window window;
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), java.time.Clock.systemDefaultZone(), dir.resolve("home"));
        window = NianbaoApp.createWindow(UiText.forLanguage("zh"), ws, Background.forApp(), dialogs, new UiState(), () -> { },
                folder -> { });
        stage.setScene(window.scene());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @BeforeEach
    void catchUncaught() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.view().openFile(file));
        waitFor(() -> window.vm().session() != null && window.vm().session().file().equals(file)
                && window.vm().session().project() != null);
    }

    /** A project with 教务处 and 财务处, their templates written beside it. */
    private Path project(String name) throws Exception {
        Path file = dir.resolve(name + ".nianbao");
        ws.create(file, Fixtures.project(ws).withDepartmentsAdded(List.of("教务处", "财务处")), true);
        Path templates = Files.createDirectories(dir.resolve(name + "-模板"));
        new DepartmentIntake(ws.open(file)).writeTemplates(templates, List.of("教务处", "财务处"));
        return file;
    }

    private static Path template(Path project, String department) {
        String name = project.getFileName().toString().replace(".nianbao", "");
        return project.resolveSibling(name + "-模板").resolve("2021-2022学年信息公开报送表-" + department + ".xlsx");
    }

    @Test
    void withoutAProjectTheOutlineToolsAndStepButtonsAreDisabledAndNothingThrows(FxRobot robot) {
        assertThat(window.vm().session()).isNull();
        for (String id : List.of("#outline-rename", "#outline-add", "#outline-up", "#outline-down", "#outline-remove",
                "#back", "#next")) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
        }
        dialogs.texts.push("新章节");
        robot.clickOn("#outline-add");
        robot.interact(() -> window.vm().addSection(null, "新章节"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(window.vm().session()).isNull();
    }

    @Test
    void importProblemsOfEveryDepartmentAreThereAfterReopeningAndTheBoardOpensOnesProblems(FxRobot robot) throws Exception {
        Path file = project("问题");
        Path teaching = WorkbookFixtures.fill(template(file, "教务处"), dir.resolve("教务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "27", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 3), "窗口外的安排", "信息公开网", "27", "", "")
                .save();
        Path finance = WorkbookFixtures.fill(template(file, "财务处"), dir.resolve("财务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2020, 10, 8), "去年的预算", "信息公开网", "5", "", "")
                .save();
        open(file);
        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        IntakeModel intake = window.view().intake();
        dialogs.workbooks.push(List.of(teaching));
        robot.clickOn("#import-files");
        waitFor(() -> window.vm().session().project().submission("教务处").isPresent());
        dialogs.workbooks.push(List.of(finance));
        robot.clickOn("#import-files");
        waitFor(() -> window.vm().session().project().submission("财务处").isPresent());
        WaitForAsyncUtils.asyncFx(() -> window.vm().save(() -> { }));
        waitFor(() -> !window.vm().dirtyProperty().get());

        // A restart: another project, then this one again.
        Path other = dir.resolve("别的.nianbao");
        ws.create(other, Fixtures.project(ws), true);
        open(other);
        assertThat(intake.issues()).isEmpty();
        open(file);
        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        TableView<?> issues = robot.lookup("#issues").queryAs(TableView.class);
        waitFor(() -> issues.getItems().stream().map(IntakeModel.IssueRow.class::cast)
                .map(IntakeModel.IssueRow::department).distinct().count() == 2);
        assertThat(issues.getItems()).extracting(r -> ((IntakeModel.IssueRow) r).issue().code())
                .contains("intake.date.outsideWindow");

        // 教务处's row on the board opens its problems, with the row as the department typed it.
        TableView<?> board = robot.lookup("#board").queryAs(TableView.class);
        javafx.scene.Node row = robot.lookup("#board .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof IntakeModel.BoardRow b && b.department().equals("教务处")).query();
        robot.clickOn(row);
        waitFor(() -> issues.getItems().stream().allMatch(r -> ((IntakeModel.IssueRow) r).department().equals("教务处")));
        assertThat(((IntakeModel.BoardRow) board.getSelectionModel().getSelectedItem()).department()).isEqualTo("教务处");
        robot.interact(() -> issues.getSelectionModel().select(0));
        assertThat(robot.lookup("#issue-row").queryAs(javafx.scene.control.Label.class).getText()).contains("窗口外的安排");

        // 检查 lists each rejected row, and its badge and 部门报送's say so.
        waitFor(() -> window.vm().findings().stream().anyMatch(f -> f.location().equals("record:教务处.xlsx/主动公开/3")));
        assertThat(window.vm().steps().stream().filter(s -> s.type() == WizardViewModel.StepType.INTAKE).findFirst()
                .orElseThrow().badge()).isEqualTo(WizardViewModel.Badge.ERRORS);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void undoingTheLastImportKeepsTheProseTypedAfterItAndIsThenDisabled(FxRobot robot) throws Exception {
        Path file = project("撤销");
        Path teaching = WorkbookFixtures.fill(template(file, "教务处"), dir.resolve("撤销-教务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "27", "", "")
                .save();
        open(file);
        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        dialogs.workbooks.push(List.of(teaching));
        robot.clickOn("#import-files");
        waitFor(() -> window.vm().session().project().submission("教务处").isPresent());

        robot.interact(() -> window.vm().select("section:overview"));
        TextArea editor = robot.lookup("#section-prose").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("导入之后写下的概述。"));
        waitFor(() -> window.vm().session().project().section("overview").orElseThrow().prose().equals("导入之后写下的概述。"));

        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        Button undo = robot.lookup("#undo-import").queryAs(Button.class);
        assertThat(undo.isDisabled()).isFalse();
        robot.clickOn("#undo-import");
        waitFor(() -> window.vm().session().project().submission("教务处").isEmpty());
        assertThat(window.vm().session().project().section("overview").orElseThrow().prose()).isEqualTo("导入之后写下的概述。");
        assertThat(undo.isDisabled()).isTrue();
        assertThat(window.vm().statusProperty().get()).contains("已撤销上次导入", "教务处");
    }

    @Test
    void aRejectedRowAcceptedInChecksIsDrawnAcceptedInTheIntakeTableNotRed(FxRobot robot) throws Exception {
        Path file = project("接受");
        Path teaching = WorkbookFixtures.fill(template(file, "教务处"), dir.resolve("接受-教务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "27", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 3), "窗口外的安排", "信息公开网", "27", "", "")
                .save();
        open(file);
        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        dialogs.workbooks.push(List.of(teaching));
        robot.clickOn("#import-files");
        String place = "record:接受-教务处.xlsx/主动公开/3";
        waitFor(() -> window.vm().findings().stream().anyMatch(f -> f.location().equals(place)));
        TableView<?> issues = robot.lookup("#issues").queryAs(TableView.class);
        java.util.function.Supplier<javafx.scene.control.TableRow<?>> rejected = () -> robot.lookup("#issues .table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof IntakeModel.IssueRow i
                        && i.issue().code().equals("intake.date.outsideWindow") && i.issue().row() == 3)
                .queryAs(javafx.scene.control.TableRow.class);
        assertThat(rejected.get().getStyleClass()).contains("issue-error");

        // Accepted in 检查 with a reason, as the secretary does there.
        org.nianbao.check.Finding finding = window.vm().findings().stream().filter(f -> f.location().equals(place))
                .findFirst().orElseThrow();
        robot.interact(() -> window.vm().override(finding, "该条为下一学年的安排，已告知教务处"));
        waitFor(() -> window.vm().findings().stream().anyMatch(f -> f.location().equals(place) && f.overridden()));
        robot.interact(() -> window.vm().select(WizardViewModel.StepType.INTAKE.name()));
        waitFor(() -> issues.getItems().stream().map(IntakeModel.IssueRow.class::cast).anyMatch(IntakeModel.IssueRow::accepted));

        javafx.scene.control.TableRow<?> row = rejected.get();
        assertThat(row.getStyleClass()).contains("issue-accepted").doesNotContain("issue-error");
        assertThat(robot.from(row).lookup(".table-cell").queryAs(javafx.scene.control.Labeled.class).getText()).isEqualTo("已接受");
        robot.interact(() -> issues.getSelectionModel().select(issues.getItems().indexOf(row.getItem())));
        assertThat(robot.lookup("#issue-row").queryAs(javafx.scene.control.Label.class).getText())
                .contains("窗口外的安排", "该条为下一学年的安排");
        assertThat(uncaught).isEmpty();
    }
}
