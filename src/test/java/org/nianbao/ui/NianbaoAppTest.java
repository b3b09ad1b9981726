package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.Fields;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless (Monocle), driven through a whole reporting season: new project,
 * departments, templates, two workbooks in (one with bad rows), the issues, a fixed re-import,
 * prose with a live field, the 清单 marked, checks clean, export, and the figure in the PDF.
 */
@ExtendWith(ApplicationExtension.class)
class NianbaoAppTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<Path> openedFolder = new AtomicReference<>();
    private NianbaoApp.Window window;
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), java.time.Clock.systemDefaultZone(), dir.resolve("home"));
        window = NianbaoApp.createWindow(UiText.forLanguage("zh"), ws, Background.forApp(), dialogs, new UiState(), () -> { },
                openedFolder::set);
        stage.titleProperty().bind(window.vm().windowTitleProperty());
        stage.setScene(window.scene());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    /** Clicks a step in the list by its label (the list's cells are recycled, so only a shown one counts). */
    private void clickStep(FxRobot robot, String label) {
        // A check finishing in the background may redraw the list's cells between finding one and clicking it.
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            ListView<?> list = robot.lookup("#steps").queryAs(ListView.class);
            robot.interact(() -> {
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (label.equals(((WizardViewModel.Step) list.getItems().get(i)).label())) {
                        list.scrollTo(i);
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            try {
                robot.clickOn(robot.lookup(".step-label").match(n -> n.getScene() != null
                        && label.equals(((javafx.scene.text.Text) n).getText())).<javafx.scene.Node>query());
                WaitForAsyncUtils.waitForFxEvents();
                if (label.equals(window.vm().selectedProperty().get().label())) {
                    return;
                }
                last = new IllegalStateException("clicked " + label + " but " + window.vm().selectedProperty().get().label()
                        + " is selected");
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Waits until {@code condition} holds, asking on the JavaFX thread: the view model's lists change only there. */
    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWholeSeasonFromNewProjectToThePdf(FxRobot robot) throws Exception {
        WizardViewModel vm = window.vm();
        Path season = Files.createDirectories(dir.resolve("season"));
        Path file = season.resolve("示例学院-2021-2022.nianbao");

        // New project from the File menu.
        dialogs.newProject = new Dialogs.NewProject("moe-academic-year", "2021-2022", Fixtures.INSTITUTION, file);
        robot.clickOn("文件").clickOn("#menu-new");
        waitFor("project", () -> vm.session() != null);
        Stage stage = (Stage) robot.lookup("#steps").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("年报 Nianbao — 示例学院-2021-2022");
        assertThat(robot.lookup("#basics-window").queryAs(Label.class).getText()).isEqualTo("2021年9月1日至2022年8月31日");

        // Basics: contact and two departments.
        robot.interact(() -> {
            robot.lookup("#basics-office").queryAs(TextField.class).setText("党政办公室");
            robot.lookup("#basics-phone").queryAs(TextField.class).setText("0577-1234 5678");
            robot.lookup("#basics-email").queryAs(TextField.class).setText("xxgk@example.edu.cn");
            robot.lookup("#new-department").queryAs(TextField.class).setText("党委宣传部、财务处");
        });
        // At 1366×768 the departments sit below the fold of the basics step: scroll down as she would.
        robot.interact(() -> {
            for (javafx.scene.Parent p = robot.lookup("#add-department").query().getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                    break;
                }
            }
        });
        robot.clickOn("#add-department");
        assertThat(robot.lookup("#departments").queryAs(ListView.class).getItems()).containsExactly("党委宣传部", "财务处");

        // 部门报送: templates out.
        robot.clickOn("#next");
        Path templates = Files.createDirectories(season.resolve("模板"));
        dialogs.folders.push(templates);
        robot.clickOn("#write-templates");
        Path propaganda = templates.resolve("2021-2022学年信息公开报送表-党委宣传部.xlsx");
        Path finance = templates.resolve("2021-2022学年信息公开报送表-财务处.xlsx");
        waitFor("templates", () -> Files.exists(propaganda) && Files.exists(finance));

        // Two workbooks back, one with a row outside the window.
        Path received = Files.createDirectories(season.resolve("收到"));
        Path good = WorkbookFixtures.fill(propaganda, received.resolve("宣传部.xlsx"))
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 612)
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "开学通知", "信息公开网", "1", "", "")
                .save();
        Path bad = WorkbookFixtures.fill(finance, received.resolve("财务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "年度预算公开", "信息公开网", "5", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 5), "决算公开", "信息公开网", "5", "", "")
                .save();
        dialogs.workbooks.push(List.of(good, bad));
        robot.clickOn("#import-files");
        TableView<?> issues = robot.lookup("#issues").queryAs(TableView.class);
        waitFor("issues", () -> !issues.getItems().isEmpty());
        IntakeModel.IssueRow outside = issues.getItems().stream().map(IntakeModel.IssueRow.class::cast)
                .filter(i -> i.issue().code().equals("intake.date.outsideWindow")).findFirst().orElseThrow();
        assertThat(outside.file()).isEqualTo("财务处.xlsx");
        assertThat(outside.cell()).isEqualTo("A3");
        assertThat(outside.message()).contains("2022-09-05").contains("2021年9月1日至2022年8月31日");
        assertThat(window.view().intake().board()).extracting(IntakeModel.BoardRow::status)
                .containsExactly(IntakeModel.Status.RECEIVED, IntakeModel.Status.PROBLEMS);

        // The department corrects its file; re-import replaces its submission.
        Path fixed = WorkbookFixtures.fill(finance, received.resolve("财务处-修改.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "年度预算公开", "信息公开网", "5", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 8, 5), "决算公开", "信息公开网", "5", "", "")
                .save();
        dialogs.workbooks.push(List.of(fixed));
        robot.clickOn("#import-files");
        waitFor("re-import", () -> window.view().intake().board().stream()
                .allMatch(r -> r.status() == IntakeModel.Status.RECEIVED));
        assertThat(window.view().intake().board().get(1).records()).isEqualTo(2);

        // Prose with a live field, in 二、主动公开情况.
        clickStep(robot, "二、主动公开情况");
        TextArea editor = robot.lookup("#section-prose").queryAs(TextArea.class);
        robot.interact(() -> {
            editor.setText("本学年学校官网发布新闻");
            editor.positionCaret(editor.getLength());
        });
        ListView<?> fields = robot.lookup("#fields").queryAs(ListView.class);
        robot.interact(() -> {
            for (int i = 0; i < fields.getItems().size(); i++) {
                if (((Fields.Field) fields.getItems().get(i)).name().equals("学校官网发布新闻条数")) {
                    fields.getSelectionModel().select(i);
                }
            }
        });
        robot.clickOn("#insert-field");
        robot.interact(() -> editor.appendText("条。"));
        assertThat(editor.getText()).isEqualTo("本学年学校官网发布新闻{{学校官网发布新闻条数}}条。");
        waitFor("printed", () -> robot.lookup("#printed").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label && ((Label) n).getText().contains("官网发布新闻612条")));

        // The other sections and the 清单 appendix.
        robot.interact(() -> {
            for (String section : List.of("overview", "evaluation", "improvements", "other")) {
                assertThat(vm.edit(p -> p.withProse(section, "本学年情况良好。"))).isTrue();
            }
        });
        clickStep(robot, "附：清单事项公开情况表");
        robot.clickOn("#items-select-all");
        dialogs.texts.push("信息公开网相关栏目");
        robot.clickOn("#items-published");

        // Checks: clean of errors.
        clickStep(robot, "检查");
        waitFor("checks", () -> vm.findings().stream().noneMatch(org.nianbao.check.Finding::blocking)
                && !vm.findings().isEmpty() || vm.findings().isEmpty() && vm.steps().stream()
                .anyMatch(s -> s.type() == WizardViewModel.StepType.CHECKS && s.badge() == WizardViewModel.Badge.DONE));
        assertThat(vm.findings()).noneMatch(org.nianbao.check.Finding::blocking);

        // Export: the PDF says what the data says.
        clickStep(robot, "签署导出");
        robot.interact(() -> window.view().export().folderProperty().set(season.resolve("导出")));
        robot.clickOn("#export-run");
        Path pdf = season.resolve("导出/示例学院-2021-2022.pdf");
        waitFor("export", () -> window.view().export().writtenFolderProperty().get() != null);
        assertThat(robot.lookup("#export-result").queryAs(Label.class).getText()).startsWith("已导出");
        assertThat(Extract.pdfTextJoined(pdf)).contains("本学年学校官网发布新闻612条。");
        assertThat(season.resolve("导出/示例学院-2021-2022.docx")).exists();
        robot.clickOn("#open-folder");
        assertThat(openedFolder.get()).isEqualTo(season.resolve("导出"));

        // Save; nothing is left unsaved and no recovery copy remains.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        waitFor("saved", () -> !vm.dirtyProperty().get());
        assertThat(ws.open(file).project().section("proactive").orElseThrow().prose()).contains("{{学校官网发布新闻条数}}");
        assertThat(ws.recoveryFile(file)).doesNotExist();
    }

    @Test
    void afterACrashTheUnsavedWorkIsOfferedBack(FxRobot robot) throws Exception {
        Path file = dir.resolve("崩溃.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        // A previous run edited and autosaved, then died without saving.
        ProjectSession before = ws.open(file);
        before.update(p -> p.withProse("overview", "崩溃前的修改。"));
        before.saveRecovery();

        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(window.vm().dirtyProperty().get()).isTrue();
        clickStep(robot, "一、概述");
        assertThat(robot.lookup("#section-prose").queryAs(TextArea.class).getText()).isEqualTo("崩溃前的修改。");
        assertThat(robot.lookup("#dirty").queryAs(Label.class).getText()).contains("未保存");
    }

    @Test
    void aPastedWebPageLosesItsInvisibleCharactersAndItsLeftoversAreFixedFromTheChecks(FxRobot robot) throws Exception {
        Path file = dir.resolve("粘贴.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        clickStep(robot, "一、概述");
        TextArea editor = robot.lookup("#section-prose").queryAs(TextArea.class);
        robot.interact(() -> {
            editor.clear();
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("首页 > 信息公开 > 正文\n学校\u200B坚持\u00A0依法公开,主动接受监督。");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            editor.requestFocus();
            editor.paste();
        });
        assertThat(editor.getText()).isEqualTo("首页 > 信息公开 > 正文\n学校坚持 依法公开,主动接受监督。");

        // The paste is an edit: the checks run once it settles (no second, explicit run, whose late twin would
        // rebuild the findings tree between selecting a finding and clicking 全部修正).
        waitFor("checked", () -> window.vm().findings().stream().anyMatch(f -> f.code().equals("check.proof.clutter")));
        WaitForAsyncUtils.waitForFxEvents();
        clickStep(robot, "检查");
        TreeView<?> tree = robot.lookup("#findings").queryAs(TreeView.class);
        robot.interact(() -> {
            for (TreeItem<?> group : tree.getRoot().getChildren()) {
                for (TreeItem<?> item : group.getChildren()) {
                    if (item.getValue() instanceof org.nianbao.check.Finding f && f.code().equals("check.proof.clutter")) {
                        ((javafx.scene.control.MultipleSelectionModel<TreeItem<?>>) (Object) tree.getSelectionModel()).select(item);
                    }
                }
            }
        });
        robot.clickOn("#fix-all");
        waitFor("fixed", () -> window.vm().session().project().section("overview").orElseThrow().prose()
                .equals("学校坚持 依法公开,主动接受监督。"));
        robot.clickOn("#undo-fix");
        waitFor("undone", () -> window.vm().session().project().section("overview").orElseThrow().prose().startsWith("首页"));
    }

    @Test
    void lastYearsPublishedReportStartsTheYearAndAFolderOfReportsIsReviewed(FxRobot robot) throws Exception {
        ProjectSession demo = ws.open(Path.of("samples", "demo.nianbao"));
        Path published = Files.createDirectories(dir.resolve("收到的报告"));
        Path docx = published.resolve("东瓯2021-2022.docx");
        demo.export(published.resolve("东瓯2021-2022.pdf"), docx);

        dialogs.reports.add(docx);
        Path target = dir.resolve("东瓯2022-2023.nianbao");
        dialogs.projects.add(target);
        robot.clickOn("文件").clickOn("#menu-from-published");
        waitFor("started from the published report", () -> window.vm().session() != null
                && window.vm().session().file().equals(target));
        assertThat(window.vm().session().project().year().toString()).isEqualTo("2022-2023");
        assertThat(window.vm().session().project().section("overview").orElseThrow().prose().replaceAll("\\s", ""))
                .isEqualTo(demo.fields().resolve(demo.project().section("overview").orElseThrow().prose()).replaceAll("\\s", ""));
        assertThat(window.vm().statusProperty().get()).contains("已从“东瓯2021-2022.docx”开始");
        waitFor("last year's window named", () -> window.vm().findings().stream()
                .anyMatch(f -> f.code().equals("check.prose.windowMismatch")));

        dialogs.folders.add(published);
        robot.clickOn("文件").clickOn("#menu-review");
        waitFor("reviewed", () -> !dialogs.reviewed.isEmpty());
        assertThat(dialogs.reviewed.get(0)).hasSize(2).allSatisfy(r -> assertThat(r.institution()).isEqualTo("东瓯职业技术学院"));
        assertThat(dialogs.reviewSummaries.get(0)).exists();

        dialogs.folders.add(published);
        robot.clickOn("文件").clickOn("#menu-gather");
        waitFor("gathered", () -> dialogs.reviewed.size() == 2);
        assertThat(dialogs.reviewSummaries.get(1).getFileName().toString()).endsWith("全省汇总.xlsx");
        assertThat(window.vm().statusProperty().get()).contains("其中 2 份带有内嵌数据");
        Path page = dialogs.reviewSummaries.get(1).resolveSibling(
                dialogs.reviewSummaries.get(1).getFileName().toString().replace(".xlsx", ".html"));
        var html = org.jsoup.Jsoup.parse(Files.readString(page));
        assertThat(html.getElementById("chart-channels").select("g.entry")).isNotEmpty();
        assertThat(html.getElementById("chart-applications").select("g.entry").eachAttr("data-name")).contains("东瓯职业技术学院");
        assertThat(window.vm().statusProperty().get()).contains(page.getFileName().toString());
        // The charts are shown: the page opens in the system's browser beside the table.
        assertThat(openedFolder.get()).isEqualTo(page);
    }

    @Test
    void theChecksSummaryCountsWhatIsLeftToLookAtNotTheAcceptedError(FxRobot robot) throws Exception {
        Path file = dir.resolve("样例.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        window.vm().recheck();
        waitFor("checked", () -> window.vm().findings().stream().anyMatch(f -> f.overridden()));
        clickStep(robot, "检查");
        // The sample: one accepted error (教务处's row of the next year) and one warning (the deadline has passed).
        waitFor("summary", () -> robot.lookup("#checks-summary").queryAs(Label.class).getText().contains("另有 1 条"));
    }

    @Test
    void keyboardMovesBetweenStepsAndTheLanguageCanBeSwitched(FxRobot robot) throws Exception {
        Path file = dir.resolve("键盘.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        assertThat(window.vm().selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.BASICS);
        robot.interact(() -> robot.lookup("#steps").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.RIGHT).release(javafx.scene.input.KeyCode.ALT);
        assertThat(window.vm().selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.INTAKE);
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.LEFT).release(javafx.scene.input.KeyCode.ALT);
        assertThat(window.vm().selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.BASICS);

        AtomicReference<String> switched = new AtomicReference<>();
        window.view().onLanguage(switched::set);
        robot.clickOn("视图").clickOn("界面语言").clickOn("#menu-lang-en");
        assertThat(switched.get()).isEqualTo("en");
        // The English window names the same steps.
        WizardViewModel english = new WizardViewModel(UiText.forLanguage("en"), ws, Background.direct());
        english.show(window.vm().session());
        assertThat(english.steps().get(0).label()).isEqualTo("Basics");
    }

    @Test
    void aGovernmentReportsTable3IsTypedInAndItsSumsAreChecked(FxRobot robot) throws Exception {
        Path file = dir.resolve("政府.nianbao");
        ws.create(file, ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2021-2022"),
                Fixtures.institution()), true);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        assertThat(robot.lookup("#basics-window").queryAs(Label.class).getText()).isEqualTo("2021年1月1日至2021年12月31日");
        assertThat(robot.lookup("#basics-year-label").queryAs(Label.class).getText()).isEqualTo("年度");
        assertThat(robot.lookup("#basics-year").queryAs(Label.class).getText()).isEqualTo("2021 年度");
        javafx.scene.control.TextArea title = robot.lookup("#basics-title").queryAs(javafx.scene.control.TextArea.class);
        assertThat(title.getPromptText()).contains("示例职业技术学院2021年政府信息公开工作年度报告");
        robot.interact(() -> title.setText("示例职业技术学院\n2021年度政府信息公开工作报告\n"));
        waitFor("title set", () -> window.vm().session().project().title().equals("示例职业技术学院\n2021年度政府信息公开工作报告"));
        assertThat(window.vm().session().title()).isEqualTo("示例职业技术学院2021年度政府信息公开工作报告");
        clickStep(robot, "三、收到和处理政府信息公开申请情况");
        TextField received = robot.lookup("#cell-3-1-natural").queryAs(TextField.class);
        robot.interact(() -> received.setText("5"));
        assertThat(window.vm().session().project().tables().value("3", "1", "natural")).contains(new java.math.BigDecimal("5"));
        robot.interact(() -> received.setText("五"));
        assertThat(window.vm().statusProperty().get()).contains("不是数字");
        assertThat(window.vm().session().project().tables().value("3", "1", "natural")).contains(new java.math.BigDecimal("5"));

        // Five received, none handled: 一+二 ≠ 三（七）+四 is an error that leads back to the table.
        // Nothing handled was typed, so the finding names those cells as empty, not as 0.
        waitFor("checked", () -> window.vm().findings().stream().anyMatch(f -> f.code().equals("check.table.unbalancedBlank")));
        org.nianbao.check.Finding unbalanced = window.vm().findings().stream()
                .filter(f -> f.code().equals("check.table.unbalancedBlank")).findFirst().orElseThrow();
        assertThat(unbalanced.location()).isEqualTo("table:3/4/natural");
        clickStep(robot, "检查");
        robot.interact(() -> window.vm().goTo(unbalanced));
        assertThat(window.vm().selectedProperty().get().sectionId()).isEqualTo("on-request");
        assertThat(robot.lookup("#form-tables").tryQuery()).isPresent();
        TextField carriedForward = robot.lookup("#cell-3-4-natural").queryAs(TextField.class);
        try {
            waitFor("the finding's own cell has the caret", () -> carriedForward.getScene().getFocusOwner() == carriedForward);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus owner: " + carriedForward.getScene().getFocusOwner() + " scene " + carriedForward.getScene());
        }
    }

    @Test
    void table3ShowsTheFiguresCountedFromTheApplicationsInItsBlankCells(FxRobot robot) throws Exception {
        Path file = dir.resolve("政府申请.nianbao");
        org.nianbao.model.ApplicationCase application = new org.nianbao.model.ApplicationCase(java.time.LocalDate.of(2021, 3, 1),
                "natural-person", "申请公开招生计划", java.time.LocalDate.of(2021, 3, 10), "disclosed", java.math.BigDecimal.ZERO, false, "",
                new org.nianbao.model.SourceRef("办公室.xlsx", "", "依申请公开", 2));
        ws.create(file, ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2021"), Fixtures.institution())
                .withSubmission(new org.nianbao.model.DepartmentSubmission("办公室", "办公室.xlsx", "", java.time.Instant.now(),
                        java.util.List.of(), java.util.List.of(application), java.util.Map.of(), 0, 0)), true);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        clickStep(robot, "三、收到和处理政府信息公开申请情况");
        TextField received = robot.lookup("#cell-3-1-natural").queryAs(TextField.class);
        assertThat(received.getText()).isEmpty();
        assertThat(received.getPromptText()).isEqualTo("1");
        assertThat(robot.lookup("#cell-3-1-business").queryAs(TextField.class).getPromptText()).isEqualTo("0");
    }

    @Test
    void aTable3CopiedFromWordAndPastedIntoTheFirstCellFillsTheForm(FxRobot robot) throws Exception {
        Path file = dir.resolve("粘贴表三.nianbao");
        ws.create(file, ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2021-2022"),
                Fixtures.institution()), true);
        robot.interact(() -> window.view().openFile(file));
        waitFor("opened", () -> window.vm().session() != null && window.vm().session().file().equals(file));
        clickStep(robot, "三、收到和处理政府信息公开申请情况");

        // A header cell mistyped: nothing is filled and the status names the column.
        java.util.List<java.util.List<String>> wrong = new java.util.ArrayList<>(org.nianbao.testing.OfficialTables.table3());
        java.util.List<String> header = new java.util.ArrayList<>(wrong.get(2));
        header.set(5, "科研院所");
        wrong.set(2, header);
        TextField first = robot.lookup("#cell-3-1-natural").queryAs(TextField.class);
        putOnClipboard(robot, org.nianbao.testing.OfficialTables.wordText(wrong));
        robot.clickOn(first);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.V).release(javafx.scene.input.KeyCode.CONTROL);
        waitFor("refused", () -> window.vm().statusProperty().get().contains("科研院所"));
        assertThat(window.vm().statusProperty().get()).contains("法人或其他组织 科研机构");
        assertThat(window.vm().session().project().tables().has("3")).isFalse();
        assertThat(first.getText()).isEmpty();

        putOnClipboard(robot, org.nianbao.testing.OfficialTables.wordText(org.nianbao.testing.OfficialTables.table3()));
        robot.clickOn(first);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.V).release(javafx.scene.input.KeyCode.CONTROL);
        waitFor("filled", () -> window.vm().session().project().tables().has("3"));
        assertThat(window.vm().session().project().tables()).isEqualTo(org.nianbao.testing.OfficialTables.table3TypedOneByOne());
        assertThat(first.getText()).as("the cell pasted into shows its figure, not the pasted text").isEqualTo("5");
        assertThat(robot.lookup("#cell-3-1-other-org").queryAs(TextField.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#cell-3-1-research").queryAs(TextField.class).getText()).isEmpty();
        // Row ids hold dots, which a CSS selector would read as classes: look the cell up by its id.
        assertThat(robot.lookup((javafx.scene.Node n) -> "cell-3-3.7-total".equals(n.getId())).queryAs(TextField.class).getText())
                .isEqualTo("7");
        assertThat(window.vm().statusProperty().get()).contains("表3");
    }

    private static void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void bundledChineseFontIsLoaded() {
        assertThat(javafx.scene.text.Font.getFamilies()).contains("Noto Sans SC");
    }
}
