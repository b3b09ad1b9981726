package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nianbao.Main;
import org.nianbao.bench.BenchWorkbooks;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Jvm;
import org.nianbao.workspace.Workspace;

/**
 * A big workbook from import to export and back, each command in its own JVM with -Xmx256m, as the
 * README promises: import into a new project, info, check, export --draft, and open it again.
 *
 * <p>The normal suite runs the largest sheet Excel holds, 1,048,575 data rows (a 31 MB workbook; about a
 * minute). Fewer for a quick look: {@code -Dnianbao.bigRows=200000}. The figures (time and heap of each
 * command) go to {@code target/largest-workbook.txt}.
 */
class LargestWorkbookTest {
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Test
    void aBigWorkbookIsImportedCheckedExportedAndOpenedAgainWithin256Megabytes() throws Exception {
        int rows = Integer.getInteger("nianbao.bigRows", 1_048_575);
        Path dir = Files.createDirectories(Path.of("target", "largest-workbook"));
        Path workbook = BenchWorkbooks.generate(Workspace.standard(), dir, 1, rows).get(0);
        Path project = dir.resolve("big.nianbao");
        Path pdf = dir.resolve("big.pdf");
        for (Path p : List.of(project, pdf, dir.resolve("big.nianbao.bak"))) {
            Files.deleteIfExists(p);
        }
        List<String> figures = new ArrayList<>();
        figures.add(rows + " rows, workbook " + Files.size(workbook) / 1024 + " KB");

        run(dir, figures, 0, "new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString());
        String imported = run(dir, figures, 0, "import", project.toString(), workbook.toString());
        assertThat(imported).contains(String.format("接收 %,d 行，退回 0 行", rows));
        run(dir, figures, 0, "info", project.toString());
        // A new project's prose is still empty: check reports that (exit 1), and must get through every record to say so.
        String checked = run(dir, figures, 1, "check", project.toString());
        assertThat(checked).contains("错误").doesNotContain("内存");
        run(dir, figures, 0, "export", project.toString(), "--draft", "--pdf", pdf.toString());
        String again = run(dir, figures, 0, "departments", project.toString(), "list");
        assertThat(again).contains(String.format("主动公开 %,d 条", rows));
        figures.add("project file " + Files.size(project) / 1024 + " KB");
        Files.write(Path.of("target", "largest-workbook.txt"), figures, StandardCharsets.UTF_8);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).as("the report's total of published items").contains("合计" + rows);
        }
        assertThat(new ProjectStore().readProject(project).records()).hasSize(rows);
    }

    /** One command in a JVM of its own with -Xmx256m; its time and the largest heap a GC found go to {@code figures}. */
    private static String run(Path dir, List<String> figures, int exit, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(args[0] + ".log");
        Path gc = dir.resolve(args[0] + ".gc.log");
        long t0 = System.nanoTime();
        Process p = Jvm.start(List.of("-Xmx256m", "-Xlog:gc:file=" + gc), Main.class, log, args);
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as(args[0] + " finished").isTrue();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(args[0] + ": " + said).isEqualTo(exit);
        assertThat(said).doesNotContain("OutOfMemoryError", "内部错误");
        long peak = 0;
        long live = 0;
        if (Files.exists(gc)) {
            Matcher m = GC.matcher(Files.readString(gc));
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                live = Math.max(live, Long.parseLong(m.group(2)));
            }
        }
        figures.add(String.format("%-11s %7.1f s, heap at most %d MB in use before a GC, %d MB left after one (of 256)",
                args[0], ms / 1000.0, peak, live));
        return said;
    }
}
