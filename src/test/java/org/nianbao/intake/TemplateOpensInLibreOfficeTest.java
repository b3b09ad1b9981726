package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout.RecordField;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.Workspace;

/**
 * A second, independent spreadsheet program opens the template: LibreOffice Calc exports single
 * sheets to CSV (the 12th filter token picks the sheet, LibreOffice 7.2+), and we read what it saw.
 * Skipped where LibreOffice is not installed.
 */
class TemplateOpensInLibreOfficeTest {
    /** Comma, double quote, UTF-8, from line 1, …, then the sheet number (1-based). */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,";
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;
    private final Workspace ws = Workspace.standard();
    private final ReportKind kind = ws.kind("moe-academic-year");
    private final Project project = Fixtures.project(ws);

    @Test
    void libreOfficeCalcSeesTheHeadersTheInstructionsAndTheCounts() throws Exception {
        Optional<Path> soffice = Programs.find("soffice");
        assumeTrue(soffice.isPresent(), "soffice not installed here; .ci/run installs libreoffice-calc-nogui");
        Path template = TemplateWriterTest.writeTemplate(dir, kind, project, "教务处");

        List<String> records = sheetAsCsv(soffice.get(), template, 2);
        assertThat(records).first().isEqualTo(String.join(",",
                Arrays.stream(RecordField.values()).map(RecordField::header).toList()));

        List<String> instructions = sheetAsCsv(soffice.get(), template, 1);
        assertThat(String.join("\n", instructions)).contains("2021年9月1日至2022年8月31日").contains("教务处");

        List<String> counts = sheetAsCsv(soffice.get(), template, 4);
        assertThat(counts).hasSize(kind.counts().size() + 1);
        assertThat(counts.get(1)).startsWith(kind.counts().get(0).name() + ",,");
    }

    /** Converts one sheet (1-based) with a throwaway LibreOffice profile, so the user's stays untouched. */
    private List<String> sheetAsCsv(Path soffice, Path workbook, int sheet) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("sheet-" + sheet));
        Path log = dir.resolve("soffice-" + sheet + ".log");
        Process p = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--nolockcheck",
                "--convert-to", CSV_FILTER + sheet, "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
        }
        assertThat(p.exitValue()).as("soffice exit code; output:%n%s", Files.readString(log)).isZero();
        // Calc names the file <name>-<sheet name>.csv. Take the only file of the fresh folder rather than
        // build the Chinese name: paths listed from the folder open whatever the JVM's file-name encoding.
        List<Path> produced;
        try (Stream<Path> files = Files.list(out)) {
            produced = files.toList();
        }
        assertThat(produced).as("soffice output:%n%s", Files.readString(log)).hasSize(1);
        return Files.readAllLines(produced.get(0), StandardCharsets.UTF_8);
    }

}
