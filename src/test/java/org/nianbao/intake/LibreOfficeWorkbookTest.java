package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Programs;

/**
 * Departments that use LibreOffice (or WPS saving through the same filters) send workbooks POI
 * did not write: a department's own table is saved by LibreOffice Calc as .xls and re-saved as
 * .xlsx, and both must import with the same dates and titles. Skipped where soffice is absent.
 */
class LibreOfficeWorkbookTest {
    private static final long TIMEOUT_SECONDS = 120;
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 18), LocalDate.of(2021, 10, 8), LocalDate.of(2022, 8, 31));
    private static final List<String> TITLES = List.of(
            "2021-2022学年校历", "“九一八”纪念活动通知", "国庆节后调课安排", "2022年秋季学期开学安排");

    @TempDir
    Path dir;
    Path project;
    Path soffice;

    @BeforeEach
    void libreOfficeAndAProject() {
        Optional<Path> found = Programs.find("soffice");
        assumeTrue(found.isPresent(), "soffice not installed here; .ci/run installs libreoffice-calc-nogui");
        soffice = found.get();
        project = dir.resolve("r.nianbao");
        ok(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()));
        ok(CliRun.of("departments", project.toString(), "add", "教务处"));
    }

    @Test
    void departmentsOwnTableSavedByLibreOfficeAsXlsImportsWithItsDatesAndTitles() throws Exception {
        Path xls = convert(ownTable(), "xls", "xls");
        try (InputStream in = Files.newInputStream(xls)) {
            assertThat(FileMagic.valueOf(FileMagic.prepareToCheckMagic(in))).as("LibreOffice wrote BIFF8").isEqualTo(FileMagic.OLE2);
        }
        importedWithItsDatesAndTitles(xls);
    }

    @Test
    void departmentsOwnTableResavedByLibreOfficeAsXlsxImportsWithItsDatesAndTitles() throws Exception {
        Path xlsx = convert(ownTable(), "xlsx:Calc MS Excel 2007 XML", "xlsx");
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String app = new String(zip.getInputStream(zip.getEntry("docProps/app.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(app).as("the re-saved file was written by LibreOffice, not POI").contains("LibreOffice");
        }
        importedWithItsDatesAndTitles(xlsx);
    }

    private void importedWithItsDatesAndTitles(Path file) throws Exception {
        CliRun run = CliRun.of("import", project.toString(), file.toString(), "--department", "教务处", "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).as(json.toPrettyString()).isZero();
        assertThat(json.at("/files/0/status").asText()).isEqualTo("imported");
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(DATES.size());
        List<DisclosureRecord> records = new ProjectStore().readProject(project).records();
        assertThat(records).extracting(DisclosureRecord::title).containsExactlyElementsOf(TITLES);
        assertThat(records).extracting(DisclosureRecord::date).containsExactlyElementsOf(DATES);
        assertThat(records).extracting(DisclosureRecord::channel).containsOnly("website");
        assertThat(records).extracting(r -> r.source().row()).containsExactly(4, 5, 6, 7);
    }

    /**
     * A title row merged across the table, headers on row 3, then dates as a date cell, a datetime,
     * text, and a date cell again; the last row is a total.
     */
    private Path ownTable() throws IOException {
        Path file = Files.createDirectories(dir.resolve("poi")).resolve("jwc.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = wb.createSheet("教务处信息公开");
            sheet.createRow(0).createCell(0).setCellValue("教务处2021-2022学年信息公开情况统计表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row header = sheet.createRow(2);
            String[] headers = {"发布日期", "标题", "发布渠道", "清单事项"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < DATES.size(); i++) {
                Row row = sheet.createRow(3 + i);
                if (i == 1) {
                    row.createCell(0).setCellValue(DATES.get(i).atTime(9, 30));
                    row.getCell(0).setCellStyle(dateTime);
                } else if (i == 2) {
                    row.createCell(0).setCellValue("2021年10月8日");
                } else {
                    row.createCell(0).setCellValue(DATES.get(i));
                    row.getCell(0).setCellStyle(date);
                }
                row.createCell(1).setCellValue(TITLES.get(i));
                row.createCell(2).setCellValue("学校官网");
                row.createCell(3).setCellValue(27);
            }
            sheet.createRow(3 + DATES.size()).createCell(0).setCellValue("合计：4条");
            wb.write(out);
        }
        return file;
    }

    /** Converts with a throwaway LibreOffice profile, so the user's own stays untouched. */
    private Path convert(Path source, String filter, String extension) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("lo-" + extension));
        Path log = dir.resolve("soffice-" + extension + ".log");
        Process p = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--nolockcheck",
                "--convert-to", filter, "--outdir", out.toString(), source.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
        }
        assertThat(p.exitValue()).as("soffice exit code; output:%n%s", Files.readString(log)).isZero();
        Path converted = out.resolve("jwc." + extension);
        assertThat(converted).as("soffice output:%n%s", Files.readString(log)).isRegularFile();
        return converted;
    }


    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }
}
