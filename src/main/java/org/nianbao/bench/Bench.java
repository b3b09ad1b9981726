package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * {@code nianbao bench}: the figures the issues set targets for, measured in one run on this
 * machine. Each part works in a temporary folder that is removed afterwards.
 */
public final class Bench {
    private final Workspace workspace;

    public Bench(Workspace workspace) {
        this.workspace = workspace;
    }

    /** @param app the app on the sample in a fresh JVM (window, open, preview); -1 figures when there is no display or no jar */
    public record Results(IntakeBench.Result intake, CheckBench.Result checks, CheckBench.ProseResult prose,
                          ExportBench.Result export, PublishedBench.Result published, LaunchBench.Result app) {
    }

    /**
     * @param dir      where to put generated files (a new temp folder when null)
     * @param progress receives one English line per step, for the log
     */
    /** The bundled sample's prose when it is at hand (running from the repository), else the bare project. */
    private Project sample(Project fallback) {
        Path demo = Path.of("samples", "demo.nianbao");
        if (Files.isRegularFile(demo)) {
            try {
                return workspace.open(demo).project();
            } catch (Exception e) {
                return fallback;
            }
        }
        return fallback;
    }

    public Results run(Path dir, int files, long rows, Consumer<String> progress) throws Exception {
        return run(dir, files, rows, 200, progress);
    }

    /** @param reports how many reports the review row reads and checks */
    public Results run(Path dir, int files, long rows, int reports, Consumer<String> progress) throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("nianbao-bench");
        try {
            Project project = workspace.newProject("moe-academic-year", AcademicYear.parse("2021-2022"),
                    Institution.named("基准测试学院"));
            ProjectSession session = workspace.create(work.resolve("bench.nianbao"), project, true);
            progress.accept("intake: generating " + files + " workbooks with " + rows + " rows in " + work);
            IntakeBench.Result intake = IntakeBench.run(session, work, files, rows);
            progress.accept("intake: done; checks: 1,000 records");
            CheckBench.Result checks = CheckBench.run(sample(project), session.kind(), workspace.calendar(), 1000);
            progress.accept("checks: done; checks on a 30,000-character report");
            CheckBench.ProseResult prose = CheckBench.runProse(sample(project), session.kind(), workspace.calendar(), 30_000);
            progress.accept("checks: done; export of the sample (warm, cold command line, LibreOffice)");
            ProjectSession sample = workspace.create(work.resolve("sample.nianbao"), sample(project), true);
            ExportBench.Result export = ExportBench.run(sample, work);
            progress.accept("export: done; reading a long report as PDF, reviewing " + reports + " reports");
            PublishedBench.Result published = PublishedBench.run(workspace, sample(project), work, reports);
            progress.accept("published reports: done; the app on the sample: launch, open, live preview");
            LaunchBench.Result app = LaunchBench.run(sample.file(), work);
            return new Results(intake, checks, prose, export, published, app);
        } finally {
            if (dir == null) {
                try (var paths = Files.walk(work)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

}
