package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.model.Project;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/** The wizard's view models, without a window: work runs at once on the test's thread. */
class WizardViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return new Workspace(org.nianbao.kind.ReportKinds.builtIn(), new org.nianbao.store.ProjectStore(),
                java.time.Clock.systemDefaultZone(), dir.resolve("home"));
    }

    private WizardViewModel opened(Workspace ws, Project project, String name) throws Exception {
        Path file = dir.resolve(name);
        ws.create(file, project, true);
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
        vm.open(file, f -> false, () -> { });
        assertThat(vm.session()).isNotNull();
        return vm;
    }

    private static List<String> labels(WizardViewModel vm) {
        return vm.steps().stream().map(WizardViewModel.Step::label).toList();
    }

    @Test
    void stepsAreBasicsSubmissionsOpeningEachSectionChecksAndExport() throws Exception {
        WizardViewModel vm = opened(workspace(), Fixtures.project(workspace()), "学院年报.nianbao");
        assertThat(vm.windowTitleProperty().get()).isEqualTo("年报 Nianbao — 学院年报");
        assertThat(labels(vm)).containsExactly("基本信息", "部门报送", "开篇（引言）", "一、概述", "二、主动公开情况",
                "三、依申请公开和不予公开情况", "四、对信息公开的评议情况", "五、因学校信息公开工作受到举报、复议、诉讼的情况",
                "六、新做法新举措、主要经验、问题和改进措施", "七、其他需要报告的事项", "附：清单事项公开情况表", "检查", "签署导出");
        assertThat(vm.statusProperty().get()).contains("2021年9月1日至2022年8月31日");
        assertThat(vm.canGoBack()).isFalse();
        vm.next();
        vm.next();
        vm.next();
        assertThat(vm.selectedProperty().get().label()).isEqualTo("一、概述");
        vm.back();
        assertThat(vm.selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.OPENING);
    }

    @Test
    void anEditIsCheckedAtOnceAndTheSectionsBadgeShowsItsError() throws Exception {
        WizardViewModel vm = opened(workspace(), Fixtures.project(workspace()), "r.nianbao");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.edit(p -> p.withProse("overview", "学校于20221030日召开专题会议。"))).isTrue();
        assertThat(vm.dirtyProperty().get()).isTrue();
        Finding malformed = vm.findings().stream().filter(f -> f.code().startsWith("check.prose.malformedDate")).findFirst()
                .orElseThrow();
        WizardViewModel.Step overview = vm.steps().stream().filter(s -> "overview".equals(s.sectionId())).findFirst().orElseThrow();
        assertThat(overview.badge()).isEqualTo(WizardViewModel.Badge.ERRORS);
        assertThat(vm.steps().stream().filter(s -> s.type() == WizardViewModel.StepType.CHECKS).findFirst().orElseThrow().badge())
                .isEqualTo(WizardViewModel.Badge.ERRORS);

        vm.goTo(malformed);
        assertThat(vm.selectedProperty().get().sectionId()).isEqualTo("overview");
        Finding focused = vm.takeFocus();
        assertThat(WizardViewModel.offsetOf(focused.location())).isEqualTo(3);
        // The editor selects the whole excerpt, not one character.
        int[] range = SectionView.excerptRange("学校于20221030日召开专题会议。", 3, focused.excerpt());
        assertThat("学校于20221030日召开专题会议。".substring(range[0], range[1])).isEqualTo(focused.excerpt()).hasSizeGreaterThan(1);

        assertThat(vm.override(malformed, " ")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("接受错误必须说明理由。");
        assertThat(vm.override(malformed, "原文如此")).isTrue();
        assertThat(vm.findings().stream().filter(f -> f.code().equals(malformed.code())).findFirst().orElseThrow().overridden()).isTrue();
        assertThat(vm.steps().stream().filter(s -> "overview".equals(s.sectionId())).findFirst().orElseThrow().badge())
                .isEqualTo(WizardViewModel.Badge.DONE);
    }

    @Test
    void acceptingOneColumnOfTable3InTheCheckStepAcceptsThatColumnOnly() throws Exception {
        Workspace ws = workspace();
        Project gov = ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2021-2022"), Fixtures.institution())
                .withTableEntry("3", "1", "natural", java.math.BigDecimal.ONE)
                .withTableEntry("3", "1", "other-org", java.math.BigDecimal.ONE)
                .withTableEntry("3", "1", "total", java.math.BigDecimal.valueOf(2))
                .withTableEntry("3", "4", "natural", java.math.BigDecimal.ZERO)
                .withTableEntry("3", "4", "other-org", java.math.BigDecimal.ZERO);
        WizardViewModel vm = opened(ws, gov, "gov.nianbao");
        Finding other = vm.findings().stream()
                .filter(f -> f.code().equals("check.table.unbalanced") && f.location().equals("table:3/4/other-org")).findFirst().orElseThrow();
        assertThat(vm.override(other, "其他类申请人的一件转入下年")).isTrue();
        assertThat(vm.session().project().overrides()).extracting(Project.Override::location).containsExactly("table:3/4/other-org");
        assertThat(vm.findings().stream().filter(f -> f.code().equals("check.table.unbalanced") && f.overridden()))
                .extracting(Finding::location).containsExactly("table:3/4/other-org");
    }

    @Test
    void theOutlineCanBeRenamedExtendedReorderedAndShortenedWithoutTouchingTheKind() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        assertThat(vm.renameSection("overview", "  ")).isFalse();
        assertThat(vm.renameSection("overview", "总体情况")).isTrue();
        String id = vm.addSection("overview", "信息公开平台建设");
        assertThat(vm.selectedProperty().get().label()).isEqualTo("二、信息公开平台建设");
        vm.moveSection(id, -1);
        assertThat(labels(vm).subList(3, 5)).containsExactly("一、信息公开平台建设", "二、总体情况");
        vm.removeSection("evaluation");
        assertThat(labels(vm)).noneMatch(l -> l.contains("评议"));
        assertThat(vm.findings()).anyMatch(f -> f.code().equals("check.section.missing"));
        assertThat(ws.kind("moe-academic-year").outline().get(0).heading()).isEqualTo("概述");
    }

    @Test
    void unsavedWorkIsKeptForRecoveryAndOfferedAgainAfterACrash() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        Path file = vm.session().file();
        byte[] saved = Files.readAllBytes(file);
        vm.edit(p -> p.withProse("overview", "崩溃前写下的一段话。"));
        // Background.direct(): the debounced autosave has run; the project file itself is untouched.
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(ws.recoveryFile(file)).exists();

        // "Crash": the view model is dropped without saving (its process's lock goes stale, here: released).
        // A new start offers the work back.
        vm.session().close();
        ProjectSession recovered = ws.recovered(file).orElseThrow();
        assertThat(recovered.isDirty()).isTrue();
        assertThat(recovered.project().section("overview").orElseThrow().prose()).isEqualTo("崩溃前写下的一段话。");
        WizardViewModel again = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
        again.show(recovered);
        again.save(() -> { });
        assertThat(again.dirtyProperty().get()).isFalse();
        assertThat(ws.open(file).project().section("overview").orElseThrow().prose()).isEqualTo("崩溃前写下的一段话。");
        assertThat(ws.recoveryFile(file)).doesNotExist();
        assertThat(ws.recovered(file)).isEmpty();
    }

    @Test
    void importReadsOffTheAppThreadShowsTheIssuesAndCanBeUndone() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("党委宣传部", "财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        assertThat(intake.board()).extracting(IntakeModel.BoardRow::status)
                .containsExactly(IntakeModel.Status.MISSING, IntakeModel.Status.MISSING);
        Path templates = Files.createDirectories(dir.resolve("模板"));
        intake.writeTemplates(templates);
        Path template = templates.resolve("2021-2022学年信息公开报送表-党委宣传部.xlsx");
        assertThat(template).exists();
        Path filled = WorkbookFixtures.fill(template, Files.createDirectories(dir.resolve("收到")).resolve("宣传部.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "开学通知", "信息公开网", "6", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 3), "窗口外的通知", "信息公开网", "6", "", "")
                .save();

        // A folder is searched for workbooks (the blank templates are in another folder).
        intake.importFiles(List.of(Files.createDirectories(dir.resolve("收到"))), ImportOptions.none(), () -> { });
        assertThat(intake.board().get(0).status()).isEqualTo(IntakeModel.Status.PROBLEMS);
        assertThat(intake.board().get(0).records()).isEqualTo(1);
        IntakeModel.IssueRow issue = intake.issues().stream().filter(i -> i.issue().code().equals("intake.date.outsideWindow"))
                .findFirst().orElseThrow();
        assertThat(issue.file()).isEqualTo("宣传部.xlsx");
        assertThat(issue.cell()).isEqualTo("A3");
        assertThat(issue.message()).contains("2022-09-03").contains("2021年9月1日至2022年8月31日");
        assertThat(issue.rowText()).startsWith("2022-09-03 | 窗口外的通知 | 信息公开网");
        assertThat(intake.canUndoProperty().get()).isTrue();
        assertThat(filled).exists();

        intake.undoLastImport();
        assertThat(intake.board().get(0).status()).isEqualTo(IntakeModel.Status.MISSING);
        assertThat(vm.session().project().submissions()).isEmpty();
    }

    @Test
    void aBatchStoppedBetweenFilesKeepsNothing() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("党委宣传部")), "r.nianbao");
        Path templates = Files.createDirectories(dir.resolve("模板"));
        new IntakeModel(vm).writeTemplates(templates);
        Path template = templates.resolve("2021-2022学年信息公开报送表-党委宣传部.xlsx");
        Path one = WorkbookFixtures.fill(template, dir.resolve("1.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "开学通知", "信息公开网", "1", "", "").save();
        Path two = WorkbookFixtures.fill(template, dir.resolve("2.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 4), "通知", "信息公开网", "1", "", "").save();
        org.nianbao.workspace.DepartmentIntake intake = new org.nianbao.workspace.DepartmentIntake(vm.session());
        List<String> asked = new java.util.ArrayList<>();
        org.nianbao.workspace.DepartmentIntake.Batch batch = intake.read(List.of(one, two), ImportOptions.none(),
                (index, total, name) -> {
                    asked.add(index + "/" + total + " " + name);
                    return index == 0; // the user pressed 取消 while the first file was read
                });
        assertThat(asked).containsExactly("0/2 1.xlsx", "1/2 2.xlsx");
        assertThat(batch.cancelled()).isTrue();
        assertThat(batch.results()).hasSize(1);
        assertThat(vm.session().project().submissions()).isEmpty();
    }

    @Test
    void aDepartmentsOwnTableIsImportedOnceItsDepartmentAndHeadersAreNamed() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path own = WorkbookFixtures.blank(dir.resolve("财务处自制表.xlsx"), false)
                .row("Sheet1", 1, "上线时间", "标题", "发布渠道", "类别")
                .row("Sheet1", 2, LocalDate.of(2021, 11, 2), "预算公开", "信息公开网", "5")
                .save();
        intake.importFiles(List.of(own), ImportOptions.none(), () -> { });
        assertThat(intake.issues()).extracting(r -> r.issue().code()).contains("intake.file.departmentMissing");
        // Said in the app's words (no command-line flag), and the file's name names its department.
        assertThat(intake.issues()).filteredOn(r -> r.issue().code().equals("intake.file.departmentMissing"))
                .extracting(IntakeModel.IssueRow::message).singleElement().asString()
                .contains("指定部门和表头后重新导入").doesNotContain("--");
        assertThat(intake.departmentNamedIn("财务处自制表.xlsx")).contains("财务处");
        assertThat(vm.session().project().submissions()).isEmpty();
        assertThat(intake.lastFile("财务处自制表.xlsx")).contains(own);
        assertThat(intake.departments()).containsExactly("财务处");

        intake.importFiles(List.of(own), new ImportOptions("财务处", java.util.Map.of("上线时间", "date"), ""), () -> { });
        assertThat(vm.session().project().submission("财务处").orElseThrow().records()).hasSize(1);
        assertThat(vm.session().project().mappings().get("财务处")).containsEntry("上线时间", "date");
        assertThat(org.nianbao.intake.HeaderSynonyms.mappableFields()).containsEntry("date", "发布日期");
    }

    @Test
    void exportWritesThePdfWithTheFiguresAndRefusesAFinalReportWhileAnErrorStands() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        ExportModel export = new ExportModel(vm);
        export.folderProperty().set(dir.resolve("out"));
        export.baseNameProperty().set("年报");

        vm.edit(p -> p.withProse("overview", "学校于20221030日召开专题会议。"));
        export.export(null, () -> { });
        assertThat(export.resultProperty().get()).contains("个错误未处理");
        assertThat(dir.resolve("out/年报.pdf")).doesNotExist();

        export.draftProperty().set(true);
        export.export(null, () -> { });
        assertThat(Extract.pdfTextJoined(dir.resolve("out/年报.pdf"))).contains("官网发布新闻612条");
        assertThat(export.writtenFolderProperty().get()).isEqualTo(dir.resolve("out"));
    }

    @Test
    void aSignedExportAsksForThePasswordOnceAndWipesIt() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        vm.edit(p -> {
            Project done = p;
            for (String id : List.of("evaluation", "improvements", "other")) {
                done = done.withProse(id, "本学年情况良好。");
            }
            for (int item = 1; item <= 50; item++) {
                done = done.withItemMark(item, new Project.ItemMark(false, "", "信息公开网", "", ""));
            }
            return done;
        });
        assertThat(vm.findings()).noneMatch(Finding::blocking);
        ExportModel export = new ExportModel(vm);
        export.folderProperty().set(dir.resolve("out"));
        export.baseNameProperty().set("年报");
        export.docxProperty().set(false);
        export.signProperty().set(true);
        export.keystoreProperty().set(org.nianbao.sign.TestKeys.valid(dir, "office.p12"));

        char[] wrong = "wrong".toCharArray();
        export.export(wrong, () -> { });
        assertThat(wrong).containsOnly('\0');
        assertThat(export.resultProperty().get()).startsWith("导出失败");
        assertThat(dir.resolve("out/年报.pdf")).doesNotExist();

        char[] password = org.nianbao.sign.TestKeys.PASSWORD.toCharArray();
        export.export(password, () -> { });
        assertThat(password).containsOnly('\0');
        assertThat(export.resultProperty().get()).as(export.resultProperty().get()).startsWith("已导出");
        assertThat(new org.nianbao.sign.SignatureVerifier().verify(dir.resolve("out/年报.pdf")).valid()).isTrue();
    }

    @Test
    void startingFromLastYearCarriesProseDepartmentsAndOpenApplications() throws Exception {
        Workspace ws = workspace();
        Path last = dir.resolve("2021-2022.nianbao");
        ws.create(last, Fixtures.project(ws).withDepartmentsAdded(List.of("教务处")), true);
        ProjectSession next = ws.continueFrom(last, dir.resolve("2022-2023.nianbao"), false);
        assertThat(next.project().year().toString()).isEqualTo("2022-2023");
        assertThat(next.window().chineseLabel()).isEqualTo("2022年9月1日至2023年8月31日");
        assertThat(next.project().departments()).containsExactly("教务处");
        assertThat(next.project().section("overview").orElseThrow().prose()).contains("信息公开工作制度");
        assertThat(next.project().previous()).isEqualTo("2021-2022.nianbao");
        assertThat(next.project().submissions()).isEmpty();
    }

    @Test
    void aCorruptFileGivesAChineseReasonAndNoProject() throws Exception {
        Path file = dir.resolve("坏.nianbao");
        Files.writeString(file, "not a zip");
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), workspace(), Background.direct());
        vm.open(file, f -> false, () -> { });
        assertThat(vm.session()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("无法打开项目：").contains("已损坏");
        assertThat(vm.steps()).isEmpty();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("年报 Nianbao");
    }

    @Test
    void englishBundleIsSelectable() throws Exception {
        Workspace ws = workspace();
        Path file = dir.resolve("r.nianbao");
        ws.create(file, Fixtures.project(ws), false);
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("en"), ws, Background.direct());
        vm.open(file, f -> false, () -> { });
        assertThat(vm.statusProperty().get()).contains("statistics window");
        assertThat(labels(vm)).startsWith("Basics", "Department submissions");
    }

    @Test
    void theAppHoldsTheOpenProjectAndReleasesItOnClose() throws Exception {
        WizardViewModel vm = opened(workspace(), Fixtures.project(workspace()), "r.nianbao");
        Path file = vm.session().file();
        assertThat(org.nianbao.store.ProjectLock.holder(file)).map(org.nianbao.store.ProjectLock.Holder::program)
                .contains(org.nianbao.store.ProjectLock.APP);
        vm.close();
        assertThat(org.nianbao.store.ProjectLock.holder(file)).isEmpty();
    }

    @Test
    void aProjectAnotherProcessHoldsSaysWhoHasItAndOpensOnlyWhenAsked() throws Exception {
        Workspace ws = workspace();
        Path file = dir.resolve("r.nianbao");
        ws.create(file, Fixtures.project(ws), false);
        Path lock = org.nianbao.store.ProjectLock.lockFileOf(file);
        Files.writeString(lock, "{\"owner\":\"李老师\",\"host\":\"办公室-PC-02\",\"pid\":4242,"
                + "\"since\":\"2026-09-30T01:00:00Z\",\"program\":\"nianbao app\",\"token\":\"t\"}");
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
        List<org.nianbao.store.ProjectLock.Holder> asked = new java.util.ArrayList<>();
        vm.open(file, f -> false, h -> asked.add(h) && false, () -> { });
        assertThat(vm.session()).isNull();
        assertThat(asked).singleElement().extracting(org.nianbao.store.ProjectLock.Holder::host).isEqualTo("办公室-PC-02");
        assertThat(vm.statusProperty().get()).contains("“r.nianbao”正由 李老师 在 办公室-PC-02 上打开", "未打开");

        vm.open(file, f -> false, h -> true, () -> { });
        assertThat(vm.session()).isNotNull();
        assertThat(vm.session().holdsLock()).isFalse();
        assertThat(vm.statusProperty().get()).contains("正由 李老师", "保存前会检查");
        assertThat(Files.readString(lock)).contains("李老师"); // their lock is left alone
    }

    @Test
    void aProjectWithFieldsASaveCannotKeepSaysWhichInTheStatusLine() throws Exception {
        Workspace ws = workspace();
        Path file = dir.resolve("r.nianbao");
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(new org.nianbao.store.ProjectStore().toJson(Fixtures.project(ws)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("institution")).put("fax", "0571-1234");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.json"));
            zip.write(tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
        vm.open(file, f -> false, () -> { });
        assertThat(vm.session()).isNotNull();
        assertThat(vm.statusProperty().get()).contains("r.nianbao", "不认识的字段 institution.fax", "保存后将不再保留");
    }

    @Test
    void aSaveRefusedBecauseAnotherProgramSavedOffersReloadOrACopy() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        Path file = vm.session().file();
        // An older Nianbao on a colleague's PC knows nothing of locks and saves the shared file.
        Path theirs = dir.resolve("theirs.nianbao");
        new org.nianbao.store.ProjectStore().save(theirs, Fixtures.project(ws).withProse("overview", "同事的版本。"));
        Files.copy(theirs, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] onDisk = Files.readAllBytes(file);

        vm.edit(p -> p.withProse("overview", "我的版本。"));
        int[] conflicts = {0};
        vm.save(() -> { }, () -> conflicts[0]++);
        assertThat(conflicts[0]).isEqualTo(1);
        assertThat(vm.statusProperty().get()).contains("被其他程序改动");
        assertThat(Files.readAllBytes(file)).isEqualTo(onDisk);
        assertThat(vm.dirtyProperty().get()).isTrue();

        // Save a copy: my version goes to the copy, which the app now works on; the shared file keeps theirs.
        Path copy = dir.resolve("r-副本.nianbao");
        assertThat(vm.saveCopy(copy)).isTrue();
        assertThat(vm.session().file()).isEqualTo(copy);
        assertThat(ws.open(copy).project().section("overview").orElseThrow().prose()).isEqualTo("我的版本。");
        assertThat(Files.readAllBytes(file)).isEqualTo(onDisk);
        assertThat(org.nianbao.store.ProjectLock.holder(file)).isEmpty();
        assertThat(org.nianbao.store.ProjectLock.holder(copy)).isPresent();

        // Reload: the app shows what the file holds now, and the lock stays with the app.
        Files.copy(theirs, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        vm.edit(p -> p.withProse("overview", "又一次修改。"));
        vm.save(() -> { }, () -> conflicts[0]++);
        assertThat(conflicts[0]).isEqualTo(2);
        assertThat(vm.reload()).isTrue();
        assertThat(vm.session().project().section("overview").orElseThrow().prose()).isEqualTo("同事的版本。");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.session().holdsLock()).isTrue();
        // …and saves over it normally from here on.
        vm.edit(p -> p.withProse("overview", "在同事的版本上改。"));
        vm.save(() -> { }, () -> conflicts[0]++);
        assertThat(conflicts[0]).isEqualTo(2);
        assertThat(ws.open(copy).project().section("overview").orElseThrow().prose()).isEqualTo("在同事的版本上改。");
    }

    @Test
    void theSuggestedYearIsTheLatestWhoseWindowHasEndedAsEachKindCountsYears() {
        org.nianbao.kind.ReportKinds kinds = org.nianbao.kind.ReportKinds.builtIn();
        org.nianbao.kind.ReportKind moe = kinds.all().stream().filter(k -> k.id().equals("moe-academic-year")).findFirst().orElseThrow();
        org.nianbao.kind.ReportKind gov = kinds.all().stream().filter(k -> k.id().equals("gov-2021-calendar-year")).findFirst().orElseThrow();
        assertThat(moe.suggestedYear(LocalDate.of(2026, 11, 27))).hasToString("2025-2026");
        assertThat(moe.suggestedYear(LocalDate.of(2026, 3, 1))).hasToString("2024-2025");
        assertThat(moe.suggestedYear(LocalDate.of(2026, 9, 1))).hasToString("2025-2026");
        assertThat(moe.suggestedYear(LocalDate.of(2026, 8, 31))).hasToString("2024-2025");
        // A government report is written in January for the calendar year just ended, never as "2025-2026".
        assertThat(gov.suggestedYear(LocalDate.of(2026, 1, 10))).hasToString("2025");
        assertThat(gov.suggestedYear(LocalDate.of(2026, 11, 27))).hasToString("2025");
        assertThat(gov.suggestedYear(LocalDate.of(2027, 1, 1))).hasToString("2026");
    }

    @Test
    void withoutAProjectTheAppOpensTheRecentOneElseACopyOfTheBundledSample() throws Exception {
        Workspace ws = workspace();
        Path sample = dir.resolve("shipped").resolve("demo.nianbao");
        Files.createDirectories(sample.getParent());
        ws.create(sample, Fixtures.project(ws), false);
        String before = System.getProperty("nianbao.sample");
        System.setProperty("nianbao.sample", sample.toString());
        try {
            Path opened = NianbaoApp.projectToOpen(List.of(), new UiState(), ws.home());
            assertThat(opened).isNotEqualTo(sample).hasFileName("demo.nianbao");
            assertThat(opened.getParent()).isEqualTo(ws.home().resolve("samples"));
            assertThat(Files.readAllBytes(opened)).isEqualTo(Files.readAllBytes(sample));

            UiState state = new UiState();
            state.opened(sample);
            assertThat(NianbaoApp.projectToOpen(List.of(), state, ws.home())).isEqualTo(sample.toAbsolutePath().normalize());
            assertThat(NianbaoApp.projectToOpen(List.of("x.nianbao"), state, ws.home())).isEqualTo(Path.of("x.nianbao"));
        } finally {
            if (before == null) {
                System.clearProperty("nianbao.sample");
            } else {
                System.setProperty("nianbao.sample", before);
            }
        }
    }

    @Test
    void aFindingIsFixedOneOrAllOfItsKindAndTheFixIsUndoneExactly() throws Exception {
        WizardViewModel vm = opened(workspace(), Fixtures.project(workspace()), "r.nianbao");
        assertThat(vm.edit(p -> p.withProse("overview", "学校官网,信息公开网,微信公众号均已更新。")
                .withProse("other", "学校关于关于信息公开的安排。"))).isTrue();
        List<Finding> commas = vm.findings().stream().filter(f -> f.code().equals("check.proof.halfWidthPunct")).toList();
        assertThat(commas).hasSize(2);

        assertThat(vm.fix(commas.get(0))).isTrue();
        assertThat(vm.session().project().section("overview").orElseThrow().prose()).isEqualTo("学校官网，信息公开网,微信公众号均已更新。");
        assertThat(vm.statusProperty().get()).isEqualTo("已修正 1 处。可用“撤销修正”恢复。");

        Finding remaining = vm.findings().stream().filter(f -> f.code().equals("check.proof.halfWidthPunct")).findFirst().orElseThrow();
        assertThat(vm.fixAll(remaining)).isTrue();
        assertThat(vm.session().project().section("overview").orElseThrow().prose()).isEqualTo("学校官网，信息公开网，微信公众号均已更新。");
        assertThat(vm.session().project().section("other").orElseThrow().prose()).isEqualTo("学校关于关于信息公开的安排。");
        assertThat(vm.canUndoFixProperty().get()).isTrue();

        assertThat(vm.undoFix()).isTrue();
        assertThat(vm.session().project().section("overview").orElseThrow().prose()).isEqualTo("学校官网，信息公开网,微信公众号均已更新。");
        assertThat(vm.canUndoFixProperty().get()).isFalse();

        Finding duplicate = vm.findings().stream().filter(f -> f.code().equals("check.proof.duplicateWord")).findFirst().orElseThrow();
        assertThat(vm.fix(duplicate)).isTrue();
        assertThat(vm.edit(p -> p.withProse("other", "学校关于信息公开的安排，另有补充。"))).isTrue();
        assertThat(vm.undoFix()).isFalse();
        assertThat(vm.session().project().section("other").orElseThrow().prose()).isEqualTo("学校关于信息公开的安排，另有补充。");
        assertThat(vm.statusProperty().get()).contains("无法撤销修正");
    }

    /** Templates for the project's departments, written into dir/模板. */
    private Path templates(IntakeModel intake) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("模板"));
        intake.writeTemplates(templates);
        return templates;
    }

    @Test
    void undoOfTheLastImportTakesBackOnlyItsDepartmentAndKeepsTheProseTypedSince() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("党委宣传部", "财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path templates = templates(intake);
        Path received = Files.createDirectories(dir.resolve("收到"));
        Path finance = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-财务处.xlsx"), received.resolve("财务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "年度预算公开", "信息公开网", "5", "", "").save();
        Path propaganda = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-党委宣传部.xlsx"),
                        received.resolve("宣传部.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "开学通知", "信息公开网", "6", "", "").save();
        intake.importFiles(List.of(finance), ImportOptions.none(), () -> { });
        intake.importFiles(List.of(propaganda), ImportOptions.none(), () -> { });
        String financeSource = org.nianbao.workspace.DepartmentIntake.sourceEntry(vm.session().project().submission("财务处").orElseThrow());
        String propagandaSource = org.nianbao.workspace.DepartmentIntake.sourceEntry(
                vm.session().project().submission("党委宣传部").orElseThrow());

        // After the import she writes a paragraph; undo takes back the import and nothing else.
        assertThat(vm.edit(p -> p.withProse("overview", "导入之后写下的一段话。"))).isTrue();
        assertThat(intake.canUndoProperty().get()).isTrue();
        assertThat(intake.undoLastImport()).isTrue();
        assertThat(vm.session().project().section("overview").orElseThrow().prose()).isEqualTo("导入之后写下的一段话。");
        assertThat(vm.session().project().submission("党委宣传部")).isEmpty();
        assertThat(vm.session().project().submission("财务处")).isPresent();
        assertThat(vm.session().snapshot().attachments()).containsKey(financeSource).doesNotContainKey(propagandaSource);
        assertThat(vm.session().project().departments()).containsExactly("党委宣传部", "财务处");
        assertThat(intake.canUndoProperty().get()).isFalse();
        assertThat(intake.board()).extracting(IntakeModel.BoardRow::status)
                .containsExactly(IntakeModel.Status.MISSING, IntakeModel.Status.RECEIVED);

        // A re-import of a department is taken back to its earlier file, stored workbook included.
        Path finance2 = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-财务处.xlsx"), received.resolve("财务处-2.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 9), "决算公开", "信息公开网", "5", "", "").save();
        intake.importFiles(List.of(finance2), ImportOptions.none(), () -> { });
        assertThat(vm.session().project().submission("财务处").orElseThrow().file()).isEqualTo("财务处-2.xlsx");
        assertThat(vm.session().snapshot().attachments()).doesNotContainKey(financeSource);
        assertThat(intake.undoLastImport()).isTrue();
        assertThat(vm.session().project().submission("财务处").orElseThrow().file()).isEqualTo("财务处.xlsx");
        assertThat(vm.session().snapshot().attachments()).containsKey(financeSource).hasSize(1);
    }

    @Test
    void anImportCannotBeUndoneOnceItsDepartmentHasANewerSubmission() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path template = templates(intake).resolve("2021-2022学年信息公开报送表-财务处.xlsx");
        Path one = WorkbookFixtures.fill(template, dir.resolve("1.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "预算公开", "信息公开网", "5", "", "").save();
        Path two = WorkbookFixtures.fill(template, dir.resolve("2.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 9), "决算公开", "信息公开网", "5", "", "").save();
        org.nianbao.workspace.DepartmentIntake core = new org.nianbao.workspace.DepartmentIntake(vm.session());
        org.nianbao.workspace.DepartmentIntake.Kept first = core.keepUndoably(
                core.read(List.of(one), ImportOptions.none(), org.nianbao.workspace.DepartmentIntake.Progress.NONE)).orElseThrow();
        assertThat(first.canUndo(vm.session())).isTrue();
        // Another import of the same department (here: the command line's way, not through the app's undo).
        core.keep(core.read(List.of(two), ImportOptions.none(), org.nianbao.workspace.DepartmentIntake.Progress.NONE));
        assertThat(first.canUndo(vm.session())).isFalse();
        assertThat(first.undo(vm.session())).isFalse();
        assertThat(vm.session().project().submission("财务处").orElseThrow().file()).isEqualTo("2.xlsx");

        // In the app: the button goes grey as soon as the department changed after the import.
        intake.importFiles(List.of(one), ImportOptions.none(), () -> { });
        assertThat(intake.canUndoProperty().get()).isTrue();
        core.keep(core.read(List.of(two), ImportOptions.none(), org.nianbao.workspace.DepartmentIntake.Progress.NONE));
        vm.changed();
        assertThat(intake.canUndoProperty().get()).isFalse();
        assertThat(intake.undoLastImport()).isFalse();
    }

    @Test
    void importProblemsAreKeptWithEachDepartmentAndShownAfterReopeningUntilACorrectedFileReplacesThem() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("教务处", "财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path templates = templates(intake);
        Path teaching = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx"), dir.resolve("教务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "27", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 3), "窗口外的安排", "信息公开网", "27", "", "")
                .save();
        Path finance = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-财务处.xlsx"), dir.resolve("财务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2020, 10, 8), "去年的预算", "信息公开网", "5", "", "")
                .save();
        intake.importFiles(List.of(teaching), ImportOptions.none(), () -> { });
        intake.importFiles(List.of(finance), ImportOptions.none(), () -> { });
        // Importing 财务处 does not hide 教务处's problems: the import shows its own department, the table all.
        assertThat(intake.issues()).extracting(IntakeModel.IssueRow::department).containsOnly("财务处");
        intake.showDepartment("");
        assertThat(intake.issues()).filteredOn(r -> r.issue().code().equals("intake.date.outsideWindow"))
                .extracting(IntakeModel.IssueRow::department).containsExactly("教务处", "财务处");
        vm.save(() -> { });
        vm.close();

        // Reopened: the board's counts and the problems behind them, row text included, and 检查 lists each rejected row.
        WizardViewModel again = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
        IntakeModel reopened = new IntakeModel(again);
        again.open(vm.session().file(), f -> false, () -> { });
        assertThat(reopened.board()).extracting(IntakeModel.BoardRow::rejected).containsExactly(1, 1);
        assertThat(reopened.issues()).filteredOn(r -> r.issue().code().equals("intake.date.outsideWindow"))
                .extracting(IntakeModel.IssueRow::file, IntakeModel.IssueRow::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("教务处.xlsx", "A3"), org.assertj.core.groups.Tuple.tuple("财务处.xlsx", "A2"));
        reopened.showDepartment("教务处");
        assertThat(reopened.issues()).allMatch(r -> r.department().equals("教务处")).isNotEmpty();
        assertThat(reopened.issues().get(0).rowText()).startsWith("2022-09-03 | 窗口外的安排");
        assertThat(again.findings()).filteredOn(f -> f.location().startsWith("record:"))
                .extracting(Finding::location, Finding::code, Finding::blocking)
                .contains(org.assertj.core.groups.Tuple.tuple("record:教务处.xlsx/主动公开/3", "intake.date.outsideWindow", true),
                        org.assertj.core.groups.Tuple.tuple("record:财务处.xlsx/主动公开/2", "intake.date.outsideWindow", true));
        Finding rejected = again.findings().stream().filter(f -> f.location().equals("record:教务处.xlsx/主动公开/3")).findFirst()
                .orElseThrow();
        assertThat(again.describe(rejected)).contains("2022-09-03");
        assertThat(again.steps().stream().filter(s -> s.type() == WizardViewModel.StepType.INTAKE).findFirst().orElseThrow().badge())
                .isEqualTo(WizardViewModel.Badge.ERRORS);
        again.goTo(rejected);
        assertThat(again.selectedProperty().get().type()).isEqualTo(WizardViewModel.StepType.INTAKE);
        reopened.showDepartment("");
        assertThat(reopened.focus(again.takeFocus().location())).map(IntakeModel.IssueRow::cell).contains("A3");
        assertThat(reopened.departmentFilterProperty().get()).isEqualTo("教务处");

        // The corrected file replaces 教务处's submission and with it its problems and findings.
        Path corrected = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx"), dir.resolve("教务处-改.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "27", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 8, 3), "期末安排", "信息公开网", "27", "", "")
                .save();
        reopened.importFiles(List.of(corrected), ImportOptions.none(), () -> { });
        reopened.showDepartment("");
        assertThat(reopened.issues()).extracting(IntakeModel.IssueRow::department).doesNotContain("教务处").contains("财务处");
        assertThat(again.findings()).extracting(Finding::location).doesNotContain("record:教务处.xlsx/主动公开/3")
                .contains("record:财务处.xlsx/主动公开/2");
    }

    @Test
    void theProblemListShowsErrorsFirstAndFiltersByLevel() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("教务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path template = templates(intake).resolve("2021-2022学年信息公开报送表-教务处.xlsx");
        Path file = WorkbookFixtures.fill(template, dir.resolve("教务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "教学安排", "信息公开网", "", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 9, 3), "窗口外的安排", "信息公开网", "27", "", "")
                .save();
        intake.importFiles(List.of(file), ImportOptions.none(), () -> { });
        assertThat(intake.issues()).extracting(IntakeModel.IssueRow::severity)
                .contains(org.nianbao.intake.ImportIssue.Severity.ERROR, org.nianbao.intake.ImportIssue.Severity.WARNING)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        intake.levelFilterProperty().set(IntakeModel.LevelFilter.ERRORS);
        assertThat(intake.issues()).isNotEmpty().allMatch(r -> r.severity() == org.nianbao.intake.ImportIssue.Severity.ERROR);
        intake.levelFilterProperty().set(IntakeModel.LevelFilter.WARNINGS);
        assertThat(intake.issues()).isNotEmpty().allMatch(r -> r.severity() == org.nianbao.intake.ImportIssue.Severity.WARNING);
        // The import's summary counts records, not the 数据 sheet's lines.
        assertThat(intake.progressTextProperty().get()).contains("接受 1 条记录");
    }

    @Test
    void withoutAProjectNothingThatNeedsOneRuns() {
        WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), workspace(), Background.direct());
        assertThat(vm.addSection(null, "新章节")).isNull();
        assertThat(vm.canGoNext()).isFalse();
        assertThat(vm.canGoBack()).isFalse();
        assertThat(vm.steps()).isEmpty();
    }

    @Test
    void aFirstStartAnywhereOpensACopyOfTheSampleTheJarCarries() throws Exception {
        Workspace ws = workspace();
        String before = System.getProperty("nianbao.sample");
        // Started outside the source tree, with no sample file beside the app: the jar's own copy is used.
        System.setProperty("nianbao.sample", dir.resolve("nowhere/demo.nianbao").toString());
        try {
            Path opened = NianbaoApp.projectToOpen(List.of(), new UiState(), ws.home());
            assertThat(opened).isEqualTo(ws.home().resolve("samples/demo.nianbao"));
            assertThat(Files.readAllBytes(opened)).isEqualTo(Files.readAllBytes(Path.of("samples/demo.nianbao")));
            WizardViewModel vm = new WizardViewModel(UiText.forLanguage("zh"), ws, Background.direct());
            vm.open(opened, f -> false, () -> { });
            assertThat(vm.session().project().institution().name()).isEqualTo("东瓯职业技术学院");
            vm.close();
        } finally {
            if (before == null) {
                System.clearProperty("nianbao.sample");
            } else {
                System.setProperty("nianbao.sample", before);
            }
        }
    }

    private static WizardViewModel.Badge badge(WizardViewModel vm, WizardViewModel.StepType type) {
        return vm.steps().stream().filter(s -> s.type() == type).findFirst().orElseThrow().badge();
    }

    @Test
    void badgesComeFromOneCoreSourceAndAnAcceptedErrorIsNeitherCountedNorAnError() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        assertThat(vm.edit(p -> p.withProse("overview", "学校于20221030日召开专题会议。"))).isTrue();
        org.nianbao.workspace.ReportProgress progress = org.nianbao.workspace.ReportProgress.of(vm.session().project(),
                vm.session().kind(), vm.findings(), false);
        // The view model's badges are the core's states, part by part.
        for (WizardViewModel.Step step : vm.steps()) {
            assertThat(step.badge().name()).as(step.label()).isEqualTo(progress.state(step.key()).name());
        }
        int blocking = progress.blocking();
        Finding malformed = vm.findings().stream().filter(Finding::blocking).filter(f -> f.location().startsWith("section:overview"))
                .findFirst().orElseThrow();
        assertThat(vm.override(malformed, "原文如此")).isTrue();
        assertThat(vm.progress().blocking()).isEqualTo(blocking - 1);
        assertThat(vm.progress().accepted()).isEqualTo(1);
        assertThat(vm.steps().stream().filter(s -> "overview".equals(s.sectionId())).findFirst().orElseThrow().badge())
                .isEqualTo(WizardViewModel.Badge.DONE);
        assertThat(ChecksView.styleOf(vm.findings().stream().filter(Finding::overridden).findFirst().orElseThrow()))
                .isEqualTo("finding-accepted");
    }

    @Test
    void theExportStepIsDoneAfterAFinalExportAndStaysSoInTheOtherLanguage() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        vm.edit(p -> {
            Project done = p;
            for (String id : List.of("evaluation", "improvements", "other")) {
                done = done.withProse(id, "本学年情况良好。");
            }
            for (int item = 1; item <= 50; item++) {
                done = done.withItemMark(item, new Project.ItemMark(false, "", "信息公开网", "", ""));
            }
            return done;
        });
        assertThat(badge(vm, WizardViewModel.StepType.EXPORT)).isEqualTo(WizardViewModel.Badge.NOT_STARTED);
        ExportModel export = new ExportModel(vm);
        export.folderProperty().set(dir.resolve("out"));
        export.baseNameProperty().set("年报");
        export.docxProperty().set(false);
        export.export(null, () -> { });
        assertThat(badge(vm, WizardViewModel.StepType.EXPORT)).isEqualTo(WizardViewModel.Badge.DONE);
        assertThat(badge(vm, WizardViewModel.StepType.CHECKS)).isEqualTo(WizardViewModel.Badge.DONE);
        WizardViewModel english = new WizardViewModel(UiText.forLanguage("en"), ws, Background.direct());
        english.show(vm.session());
        assertThat(badge(english, WizardViewModel.StepType.EXPORT)).isEqualTo(WizardViewModel.Badge.DONE);
    }

    @Test
    void anImportWithARejectedRowMarksTheSubmissionsStepAsErrorsAtOnceEvenWhenEveryDepartmentSent() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws).withDepartmentsAdded(List.of("财务处")), "r.nianbao");
        IntakeModel intake = new IntakeModel(vm);
        Path template = templates(intake).resolve("2021-2022学年信息公开报送表-财务处.xlsx");
        Path file = WorkbookFixtures.fill(template, dir.resolve("财务处.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "预算公开", "信息公开网", "5", "", "")
                .row(TemplateLayout.SHEET_RECORDS, 3, LocalDate.of(2022, 10, 8), "窗口外", "信息公开网", "5", "", "")
                .save();
        assertThat(badge(vm, WizardViewModel.StepType.INTAKE)).isEqualTo(WizardViewModel.Badge.NOT_STARTED);
        intake.importFiles(List.of(file), ImportOptions.none(), () -> { });
        assertThat(badge(vm, WizardViewModel.StepType.INTAKE)).isEqualTo(WizardViewModel.Badge.ERRORS);
        Finding rejected = vm.findings().stream().filter(f -> f.location().equals("record:财务处.xlsx/主动公开/3")).findFirst().orElseThrow();
        assertThat(vm.override(rejected, "该条属下一学年，部门确认不计入")).isTrue();
        assertThat(badge(vm, WizardViewModel.StepType.INTAKE)).isEqualTo(WizardViewModel.Badge.DONE);
        // Moving on clears the last action's message.
        vm.select(WizardViewModel.StepType.CHECKS.name());
        assertThat(vm.statusProperty().get()).contains("2021年9月1日至2022年8月31日");
    }

    @Test
    void theReportDateIsSuggestedFromTheProjectsOwnDeadline() throws Exception {
        Workspace ws = workspace();
        WizardViewModel vm = opened(ws, Fixtures.project(ws), "r.nianbao");
        assertThat(Dates.reportDatePrompt(vm.session())).isEqualTo("2022-10-28");
        WizardViewModel gov = opened(ws, ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2023-2024"),
                Fixtures.institution()), "gov.nianbao");
        String prompt = Dates.reportDatePrompt(gov.session());
        assertThat(LocalDate.parse(prompt)).isAfter(gov.session().window().end())
                .isBefore(gov.session().kind().deadline(gov.session().project().year()).plusDays(1));
    }
}
