package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Programs;

/** new --from and review through the command line, on reports the tests publish themselves. */
class ReviewCommandTest {
    @TempDir
    static Path dir;
    static Path docx;
    static Path pdf;

    @BeforeAll
    static void publishTheSample() {
        docx = dir.resolve("东瓯2021-2022.docx");
        pdf = dir.resolve("东瓯2021-2022.pdf");
        CliRun run = CliRun.of("export", Path.of("samples", "demo.nianbao").toString(), "--pdf", pdf.toString(), "--docx", docx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void newFromLastYearsPublishedReportStartsTheNextYearAndListsWhatToUpdate() throws Exception {
        Path project = dir.resolve("新学年.nianbao");
        CliRun created = CliRun.of("new", "--from", docx.toString(), "--out", project.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("东瓯职业技术学院2022-2023学年信息公开工作年度报告").contains("清单事项 50 项")
                .contains("nianbao check");
        JsonNode findings = new ObjectMapper().readTree(CliRun.of("check", project.toString(), "--json").out()).get("findings");
        assertThat(findings.toString()).contains("check.prose.windowMismatch").contains("check.prose.dateOutsideWindow");

        Path json = dir.resolve("json.nianbao");
        JsonNode read = new ObjectMapper().readTree(CliRun.of("new", "--from", pdf.toString(), "--year", "2023-2024",
                "--institution", "东瓯职业技术学院", "--out", json.toString(), "--json").out());
        assertThat(read.get("year").asText()).isEqualTo("2023-2024");
        assertThat(read.get("read").get("sections").size()).isEqualTo(8);
        assertThat(read.get("read").get("marks").asInt()).as("the 清单 table read back from the PDF").isEqualTo(50);

        assertThat(CliRun.of("new", "--out", dir.resolve("x.nianbao").toString()).exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("new", "--from", dir.resolve("没有.pdf").toString(), "--out", dir.resolve("y.nianbao").toString())
                .exitCode()).isEqualTo(Cli.IO);
    }

    @Test
    void reviewOfAFolderOfTwentyReportsWritesTheSummaryAndAnUnreadableOneDoesNotStopTheOthers() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("收到的报告"));
        byte[] sample = Files.readAllBytes(docx);
        for (int i = 1; i <= 19; i++) {
            Files.write(inbox.resolve(String.format("学院%02d.docx", i)), sample);
        }
        Files.writeString(inbox.resolve("学院20.txt"), "北山学院2021-2022学年信息公开工作年度报告\n一、概述\n本报告中所列数据的统计期限自"
                + "2020年9月1日起至2021年8月31日止。\n", StandardCharsets.UTF_8);
        Files.write(inbox.resolve("坏文件.pdf"), "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("审阅汇总.xlsx");

        CliRun run = CliRun.of("review", inbox.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("审阅 21：");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getLastRowNum()).isEqualTo(21);
            Row bad = summary.getRow(1);
            assertThat(bad.getCell(0).getStringCellValue()).isEqualTo("坏文件.pdf");
            assertThat(bad.getCell(8).getStringCellValue()).contains("无法读取");
            Row first = summary.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("东瓯职业技术学院");
            assertThat((int) first.getCell(4).getNumericCellValue()).isEqualTo(8);
            Row wrong = summary.getRow(21);
            assertThat(wrong.getCell(0).getStringCellValue()).isEqualTo("学院20.txt");
            assertThat((int) wrong.getCell(5).getNumericCellValue()).isPositive();
            assertThat(wrong.getCell(8).getStringCellValue()).contains("还没有内容");
            assertThat(wb.getNumberOfSheets()).isEqualTo(21);
            Sheet findings = wb.getSheet("学院20");
            boolean window = false;
            for (Row r : findings) {
                window |= r.getCell(1).getStringCellValue().equals("check.prose.windowMismatch");
            }
            assertThat(window).as("the wrong window is on 学院20's sheet").isTrue();
        }
        JsonNode json = new ObjectMapper().readTree(CliRun.of("review", pdf.toString(), "--json").out());
        assertThat(json.get("reports").get(0).get("signature").asText()).isEqualTo("none");
        assertThat(json.get("reports").get(0).get("errors").asInt()).isZero();

        Assumptions.assumeTrue(Programs.onPath("soffice"), "soffice is not installed here; .ci/run installs libreoffice-calc-nogui");
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), out.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("审阅汇总.csv"), StandardCharsets.UTF_8)).contains("东瓯职业技术学院");
    }
}
