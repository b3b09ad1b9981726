package org.nianbao.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.nianbao.workspace.ProjectSession;

/**
 * PDF + DOCX of a project: warm in this JVM, cold as a user runs the command line, and beside it
 * the time LibreOffice takes to turn the same DOCX into a PDF (what secretaries do today).
 */
public final class ExportBench {
    /** Times in ms; {@code coldCliMs} and {@code sofficeMs} are -1 when the tool could not be run. */
    public record Result(int pages, long warmMs, long coldCliMs, long sofficeMs) {
    }

    private ExportBench() {
    }

    static Result run(ProjectSession session, Path dir) throws Exception {
        Path pdf = dir.resolve("export.pdf");
        Path docx = dir.resolve("export.docx");
        for (int i = 0; i < 5; i++) {
            session.export(pdf, docx);
        }
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            session.export(pdf, docx);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        int pages = countPages(pdf);
        return new Result(pages, times[times.length / 2] / 1_000_000, coldCli(session.file(), dir), soffice(docx, dir));
    }

    /** One {@code java -jar nianbao.jar export} in a fresh JVM, when running from the jar. */
    private static long coldCli(Path project, Path dir) throws Exception {
        String jar = ExportBench.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        if (!jar.endsWith(".jar")) {
            return -1;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar, "export", project.toString(), "--pdf", dir.resolve("cold.pdf").toString(),
                "--docx", dir.resolve("cold.docx").toString(), "--draft")
                .redirectErrorStream(true).redirectOutput(dir.resolve("cold.log").toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return done && p.exitValue() == 0 ? ms : -1;
    }

    private static long soffice(Path docx, Path dir) throws Exception {
        boolean present = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
        if (!present) {
            return -1;
        }
        Path out = Files.createDirectories(dir.resolve("soffice"));
        String profile = dir.resolve("soffice-profile").toUri().toString();
        // The first start creates LibreOffice's profile; time the second, as a user's machine would run it.
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf",
                    "--outdir", out.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return -1;
            }
            if (i == 1) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
        }
        return -1;
    }

    private static int countPages(Path pdf) throws Exception {
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            return doc.getNumberOfPages();
        }
    }
}
