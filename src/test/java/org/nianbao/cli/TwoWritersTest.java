package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectLock;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.ImportLoop;
import org.nianbao.testing.Jvm;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/** Two programs writing one project at once: every submission is kept, or its refusal says why — never lost silently. */
class TwoWritersTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    private Path project(List<String> departments) {
        Path file = dir.resolve("r.nianbao");
        ok(CliRun.of("new", "--kind", "moe-academic-year", "--year", "2021-2022", "--institution", "示例职业技术学院",
                "--out", file.toString()));
        List<String> add = new ArrayList<>(List.of("departments", file.toString(), "add"));
        add.addAll(departments);
        ok(CliRun.of(add.toArray(String[]::new)));
        return file;
    }

    /** One filled template per department, each with one record titled after its department. */
    private List<Path> workbooks(Path file, List<String> departments) throws Exception {
        Path templates = dir.resolve("tpl");
        ok(CliRun.of("templates", file.toString(), "--out", templates.toString()));
        List<Path> filled = new ArrayList<>();
        for (String d : departments) {
            filled.add(WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-" + d + ".xlsx"), dir.resolve(d + ".xlsx"))
                    .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), d + "的通知", "学校官网", "27", "", "")
                    .save());
        }
        return filled;
    }

    @Test
    void twoProcessesImportingTwentyTimesEachLoseNoSubmission() throws Exception {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 1; i <= ROUNDS; i++) {
            a.add(String.format("甲部门%02d", i));
            b.add(String.format("乙部门%02d", i));
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        Path file = project(all);
        List<Path> books = workbooks(file, all);

        Path logA = dir.resolve("a.log");
        Path logB = dir.resolve("b.log");
        List<String> argsA = new ArrayList<>(List.of(file.toString()));
        List<String> argsB = new ArrayList<>(List.of(file.toString()));
        books.subList(0, ROUNDS).forEach(p -> argsA.add(p.toString()));
        books.subList(ROUNDS, 2 * ROUNDS).forEach(p -> argsB.add(p.toString()));
        Process pa = Jvm.start(ImportLoop.class, logA, argsA.toArray(String[]::new));
        Process pb = Jvm.start(ImportLoop.class, logB, argsB.toArray(String[]::new));
        assertThat(pa.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(pb.waitFor(5, TimeUnit.MINUTES)).isTrue();

        Project after = new ProjectStore().readProject(file);
        int kept = 0;
        List<String> lines = new ArrayList<>(Files.readAllLines(logA, StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(logB, StandardCharsets.UTF_8));
        List<String> results = lines.stream().filter(l -> l.startsWith("RESULT\t")).toList();
        assertThat(results).as(String.join("\n", lines)).hasSize(2 * ROUNDS);
        for (String line : results) {
            String[] f = line.split("\t", 4);
            String department = Path.of(f[1]).getFileName().toString().replace(".xlsx", "");
            int code = Integer.parseInt(f[2]);
            if (code == Cli.OK) {
                assertThat(after.submission(department)).as("%s was imported (exit 0), so it must be in the project", department)
                        .isPresent();
                kept++;
            } else {
                // The documented refusal: exit 3 and the holder named, or the file changed under it.
                assertThat(code).as(line).isEqualTo(Cli.IO);
                assertThat(f[3]).as(line).containsAnyOf("正由", "被其他程序改动");
                assertThat(after.submission(department)).isEmpty();
            }
        }
        // Commands wait for each other, so in practice every one of them gets in.
        assertThat(kept).isEqualTo(2 * ROUNDS);
        assertThat(after.submissions().stream().map(DepartmentSubmission::department)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ProjectLock.lockFileOf(file)).doesNotExist();
    }

    @Test
    void aProjectOpenInTheAppIsNotChangedByACommandAndTheCommandSaysWhoHasIt() throws Exception {
        Path file = project(List.of("教务处"));
        Path book = workbooks(file, List.of("教务处")).get(0);
        byte[] before = Files.readAllBytes(file);
        try (ProjectLock app = ProjectLock.acquire(file, ProjectLock.APP, java.time.Duration.ZERO)) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("import", file.toString(), book.toString());
            assertThat(run.exitCode()).isEqualTo(Cli.IO);
            assertThat(run.err()).contains("正由 " + app.holder().owner(), "nianbao app", "进程 " + app.holder().pid(),
                    "未作任何改动");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("refused at once, not after a wait")
                    .isLessThan(10);
            CliRun en = CliRun.of("prose", file.toString(), "--section", "overview", "--from", book.toString(), "--lang", "en");
            assertThat(en.exitCode()).isEqualTo(Cli.IO);
            assertThat(en.err()).contains("is open by " + app.holder().owner(), "nothing was changed");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        // Looking is never blocked.
        ok(CliRun.of("info", file.toString()));
    }

    @Test
    void aSessionWhoseFileAnotherProgramSavedIsRefusedAndTheOtherWorkStays() throws Exception {
        Path file = project(List.of("教务处"));
        Path book = workbooks(file, List.of("教务处")).get(0);
        Workspace ws = Workspace.standard();
        ProjectSession stale = ws.open(file); // read, not locked: like a colleague's copy of Nianbao on the share
        ok(CliRun.of("import", file.toString(), book.toString()));
        byte[] withImport = Files.readAllBytes(file);

        stale.update(p -> p.withProse("overview", "另一处的修改。"));
        org.nianbao.store.ProjectFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.nianbao.store.ProjectFileException.class, stale::save);
        assertThat(e.key()).isEqualTo("store.error.changedOnDisk");
        assertThat(e.isIoFailure()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(withImport);
        assertThat(new ProjectStore().readProject(file).submission("教务处")).isPresent();
        assertThat(stale.isDirty()).isTrue();

        // The same session saved as a copy keeps its change; reopened, it has the import.
        ProjectSession copy = ws.saveCopy(stale, dir.resolve("副本.nianbao"), "test");
        copy.close();
        assertThat(new ProjectStore().readProject(dir.resolve("副本.nianbao")).section("overview").orElseThrow().prose())
                .isEqualTo("另一处的修改。");
        assertThat(ws.reopen(stale).project().submission("教务处")).isPresent();
    }
}
