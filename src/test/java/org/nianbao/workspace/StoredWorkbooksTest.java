package org.nianbao.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.Attachment;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.WorkbookFixtures;

/**
 * The departments' workbooks kept in a project ({@code sources/…}) are not held in memory: an import
 * keeps a private copy of the file it read, a loaded project leaves them in its file until a save copies
 * them over. Whatever happens to those files meanwhile, a save keeps exactly what was read or writes
 * nothing.
 */
class StoredWorkbooksTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Path project;
    private Path template;

    @BeforeEach
    void setUp() throws Exception {
        ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), Clock.systemDefaultZone(), dir.resolve("home"));
        project = dir.resolve("r.nianbao");
        ws.create(project, Fixtures.project(ws).withDepartmentsAdded(List.of("财务处")), false);
        try (ProjectSession s = ws.open(project)) {
            template = new DepartmentIntake(s).writeTemplates(Files.createDirectories(dir.resolve("模板")), List.of("财务处")).get(0);
        }
    }

    private Path filled(String name, String title) throws Exception {
        return WorkbookFixtures.fill(template, dir.resolve(name))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), title, "信息公开网", "5", "", "").save();
    }

    /** The department's workbook imported into the project and saved; its bytes as sent. */
    private byte[] importedAndSaved(String title) throws Exception {
        Path sent = filled("财务处.xlsx", title);
        byte[] asRead = Files.readAllBytes(sent);
        try (ProjectSession s = ws.edit(project, "test", Duration.ZERO)) {
            new DepartmentIntake(s).importFiles(List.of(sent), ImportOptions.none(), false);
        }
        Files.delete(sent);
        return asRead;
    }

    private static String sourceOf(ProjectSession s) {
        return DepartmentIntake.sourceEntry(s.project().submission("财务处").orElseThrow());
    }

    @Test
    void theWorkbookKeptIsTheOneReadEvenWhenItsFileChangesBeforeTheSave() throws Exception {
        Path sent = filled("财务处.xlsx", "年度预算公开");
        byte[] asRead = Files.readAllBytes(sent);
        try (ProjectSession s = ws.edit(project, "test", Duration.ZERO)) {
            DepartmentIntake intake = new DepartmentIntake(s);
            DepartmentIntake.Batch batch = intake.read(List.of(sent), ImportOptions.none(), DepartmentIntake.Progress.NONE);
            // She opens the department's file in Excel and saves a change before confirming the import.
            Files.copy(filled("其他.xlsx", "另一份表格"), sent, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(intake.keep(batch)).isTrue();
            s.save();
        }
        StoredProject back = ws.store().read(project);
        String entry = back.attachments().keySet().iterator().next();
        assertThat(back.attachments().get(entry).bytes()).isEqualTo(asRead);
        assertThat(entry).contains(DepartmentIntake.sha256(asRead)).endsWith("/财务处.xlsx");
        assertThat(back.project().records()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("年度预算公开"));
    }

    @Test
    void aLoadedProjectLeavesItsWorkbooksInItsFileAndEverySaveCarriesThemOver() throws Exception {
        byte[] asRead = importedAndSaved("年度预算公开");
        try (ProjectSession s = ws.edit(project, "test", Duration.ZERO)) {
            String entry = sourceOf(s);
            assertThat(s.snapshot().attachments().get(entry).inMemory()).as("read only when a save needs it").isFalse();
            for (int i = 1; i <= 3; i++) {
                String prose = "第" + i + "次保存。";
                s.update(p -> p.withProse("overview", prose));
                s.save();
                assertThat(ws.store().read(project).attachments().get(entry).bytes()).as("after save " + i).isEqualTo(asRead);
            }
            // A copy elsewhere carries it too, and the copy's own saves read it from the copy.
            Path copyFile = dir.resolve("副本.nianbao");
            try (ProjectSession copy = ws.saveCopy(s, copyFile, "test")) {
                Files.delete(project);
                copy.update(p -> p.withProse("overview", "副本里的修改。"));
                copy.save();
            }
            assertThat(ws.store().read(copyFile).attachments().get(entry).bytes()).isEqualTo(asRead);
        }
    }

    @Test
    void recoveredWorkIsSavedAgainAndAgainAfterItsRecoveryCopyIsGone() throws Exception {
        byte[] asRead = importedAndSaved("年度预算公开");
        String entry;
        try (ProjectSession s = ws.edit(project, "test", Duration.ZERO)) {
            entry = sourceOf(s);
            s.update(p -> p.withProse("overview", "没来得及保存的一段。"));
            ws.writeRecovery(project, s.snapshot(), s.base());
        }
        ProjectSession recovered = ws.recovered(project).orElseThrow();
        assertThat(recovered.snapshot().attachments().get(entry).inMemory()).isFalse();
        recovered.save(); // drops the recovery copy it was read from
        assertThat(ws.recoveryFile(project)).doesNotExist();
        recovered.update(p -> p.withProse("overview", "恢复之后又改了一次。"));
        recovered.save();
        StoredProject back = ws.store().read(project);
        assertThat(back.attachments().get(entry).bytes()).isEqualTo(asRead);
        assertThat(back.project().section("overview").orElseThrow().prose()).isEqualTo("恢复之后又改了一次。");
    }

    @Test
    void aReplacedWorkbookComesBackWithUndoAfterASaveDroppedItFromTheFile() throws Exception {
        byte[] firstBytes = importedAndSaved("年度预算公开");
        try (ProjectSession s = ws.edit(project, "test", Duration.ZERO)) {
            String firstEntry = sourceOf(s);
            DepartmentIntake intake = new DepartmentIntake(s);
            DepartmentIntake.Kept kept = intake.keepUndoably(intake.read(List.of(filled("财务处-更正.xlsx", "年度决算公开")),
                    ImportOptions.none(), DepartmentIntake.Progress.NONE)).orElseThrow();
            s.save();
            try (ZipFile zip = new ZipFile(project.toFile())) {
                assertThat(zip.getEntry(firstEntry)).as("the save dropped the replaced workbook").isNull();
            }
            assertThat(kept.undo(s)).isTrue();
            s.save();
            assertThat(ws.store().read(project).attachments().get(firstEntry).bytes()).isEqualTo(firstBytes);
        }
    }

    @Test
    void aWorkbookGoneFromTheProjectFileStopsTheSaveWithItsNameAndWritesNothing() throws Exception {
        importedAndSaved("年度预算公开");
        ProjectSession opened = ws.open(project);
        String entry = sourceOf(opened);
        // Another program replaces the project with one that no longer holds the workbook.
        ws.store().save(project, StoredProject.of(opened.project()));
        Path copyFile = dir.resolve("副本.nianbao");
        assertThatThrownBy(() -> ws.saveCopy(opened, copyFile, "test"))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.error.attachmentUnreadable");
                    assertThat(e.args()).contains(entry);
                });
        assertThat(copyFile).doesNotExist();
        opened.close();
    }

    @Test
    void theAppsSessionKeepsItsWorkbooksWhateverAnotherProgramDoesToTheFile() throws Exception {
        byte[] asRead = importedAndSaved("年度预算公开");
        ProjectSession app = ws.openKeepingWorkbooks(project);
        String entry = sourceOf(app);
        assertThat(app.isDirty()).as("copying them out is not a change").isFalse();
        app.update(p -> p.withProse("overview", "还没保存的修改。"));
        // A colleague's program replaces the file with one without the workbook, then it is deleted.
        ws.store().save(project, StoredProject.of(app.project()));
        Files.delete(project);
        app.saveRecovery();
        assertThat(ws.store().read(ws.recoveryFile(project)).attachments().get(entry).bytes()).isEqualTo(asRead);
        Path copyFile = dir.resolve("副本.nianbao");
        try (ProjectSession copy = ws.saveCopy(app, copyFile, "test")) {
            copy.update(p -> p.withProse("overview", "副本里又改了。"));
            copy.save();
        }
        assertThat(ws.store().read(copyFile).attachments().get(entry).bytes()).isEqualTo(asRead);
        app.close();
    }

    @Test
    void aReloadInTheAppKeepsItsWorkbooksToo() throws Exception {
        byte[] asRead = importedAndSaved("年度预算公开");
        ProjectSession reloaded = ws.reopen(ws.openKeepingWorkbooks(project));
        String entry = sourceOf(reloaded);
        reloaded.update(p -> p.withProse("overview", "重新载入后的修改。"));
        ws.store().save(project, StoredProject.of(reloaded.project()));
        Files.delete(project);
        reloaded.saveRecovery();
        assertThat(ws.store().read(ws.recoveryFile(project)).attachments().get(entry).bytes()).isEqualTo(asRead);
        reloaded.close();
    }

    @Test
    void aWorkbookDamagedInsideTheProjectFileIsRefusedWhenItIsOpened() throws Exception {
        byte[] workbook = Files.readAllBytes(filled("财务处.xlsx", "年度预算公开"));
        String json;
        try (ZipFile zip = new ZipFile(project.toFile())) {
            json = new String(zip.getInputStream(zip.getEntry("project.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path damaged = dir.resolve("damaged.nianbao");
        writeWithOneByteChanged(damaged, json, workbook);
        assertThatThrownBy(() -> ws.store().read(damaged)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.key()).isEqualTo("store.error.corrupt"));
    }

    private static void writeWithOneByteChanged(Path file, String json, byte[] workbook) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            ZipEntry stored = new ZipEntry("sources/x/财务处.xlsx");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(workbook.length);
            CRC32 crc = new CRC32();
            crc.update(workbook);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(workbook);
            zip.closeEntry();
        }
        byte[] all = Files.readAllBytes(file);
        byte[] marker = java.util.Arrays.copyOf(workbook, 64);
        for (int i = 0; i + marker.length <= all.length; i++) {
            if (java.util.Arrays.equals(all, i, i + marker.length, marker, 0, marker.length)) {
                all[i + 40] ^= 0x55; // inside the stored workbook, its recorded CRC unchanged
                break;
            }
        }
        Files.write(file, all);
    }

    @Test
    void aPrivateCopyHoldsWhatWasReadAndKnowsItsHash() throws Exception {
        Path file = dir.resolve("a.bin");
        Files.write(file, "部门发来的表格".getBytes(StandardCharsets.UTF_8));
        Attachment.Copy copy = Attachment.copyOf(file);
        Files.write(file, "改过了".getBytes(StandardCharsets.UTF_8));
        assertThat(copy.bytes()).isEqualTo("部门发来的表格".getBytes(StandardCharsets.UTF_8));
        assertThat(copy.sha256()).isEqualTo(DepartmentIntake.sha256("部门发来的表格".getBytes(StandardCharsets.UTF_8)));
        assertThat(copy.file()).isNotEqualTo(file).exists();
    }
}
