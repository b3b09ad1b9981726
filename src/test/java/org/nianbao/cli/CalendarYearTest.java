package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKind;
import org.nianbao.kind.ReportKinds;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Workbooks;

/** A calendar-year report (the government kind) says 年度 and 2023 wherever it names its year, never 学年 or 2023-2024. */
class CalendarYearTest {
    @TempDir
    Path dir;

    private Path project(String name, String year) {
        Path file = dir.resolve(name);
        CliRun made = CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", year, "--institution", "示例市职业技术学院",
                "--out", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        return file;
    }

    private static String storedYear(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String json = new String(zip.getInputStream(zip.getEntry("project.json")).readAllBytes(), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(json).get("year").asText();
        }
    }

    @Test
    void infoSaysTheYearAndTheFileStoresItAsTheKindCountsIt() throws Exception {
        Path file = project("gov.nianbao", "2023");
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.out()).contains("年度：2023\n", "统计期限：2023年1月1日至2023年12月31日").doesNotContain("学年", "2023-2024");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", file.toString(), "--json").out());
        assertThat(json.get("year").asText()).isEqualTo("2023");
        assertThat(json.get("calendarYear").asBoolean()).isTrue();
        assertThat(json.get("window").get("start").asText()).isEqualTo("2023-01-01");
        assertThat(json.get("window").get("end").asText()).isEqualTo("2023-12-31");
        assertThat(storedYear(file)).isEqualTo("2023");

        Path academic = dir.resolve("moe.nianbao");
        assertThat(CliRun.of("new", "--year", "2023-2024", "--institution", "示例市职业技术学院", "--out", academic.toString()).exitCode()).isZero();
        assertThat(CliRun.of("info", academic.toString()).out()).contains("学年：2023-2024");
        assertThat(storedYear(academic)).isEqualTo("2023-2024");
    }

    @Test
    void aFileWrittenBeforeStillOpensAsItsCalendarYearAndIsSavedSo() throws Exception {
        // What this build wrote for a calendar-year project before its year followed the kind: "2023-2024".
        Path file = project("old.nianbao", "2023");
        ProjectStore store = new ProjectStore();
        Project written = store.readProject(file);
        store.save(file, written.withYear(new AcademicYear(2023)));
        assertThat(storedYear(file)).isEqualTo("2023-2024");

        assertThat(CliRun.of("info", file.toString()).out()).contains("年度：2023\n", "2023年1月1日至2023年12月31日");
        assertThat(CliRun.of("departments", file.toString(), "add", "办公室").exitCode()).isZero();
        assertThat(storedYear(file)).as("saved again as the kind counts it").isEqualTo("2023");
    }

    @Test
    void departmentsTemplatesAreNamedForTheYearAndTheirOlderOnesStillImport() throws Exception {
        Path file = project("gov.nianbao", "2023");
        assertThat(CliRun.of("departments", file.toString(), "add", "办公室").exitCode()).isZero();
        Path out = dir.resolve("templates");
        CliRun templates = CliRun.of("templates", file.toString(), "--out", out.toString());
        assertThat(templates.exitCode()).as(templates.err()).isZero();
        Path template = out.resolve("2023年度信息公开报送表-办公室.xlsx");
        assertThat(template).exists();
        StringBuilder instructions = new StringBuilder();
        try (var book = Workbooks.open(template)) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> instructions.append(cell.toString()).append('\n')));
        }
        assertThat(instructions).contains("上一年度收到、本年度办结").doesNotContain("学年");
    }

    @Test
    void generatedSentencesSayThisYearInThePdf() throws Exception {
        Path file = project("gov.nianbao", "2023");
        Path text = Files.writeString(dir.resolve("overview.txt"), "{{依申请公开办理情况}}{{举报复议诉讼情况}}{{年度}}年，学校继续推进信息公开。");
        assertThat(CliRun.of("prose", file.toString(), "--section", "overview", "--from", text.toString()).exitCode()).isZero();
        Path pdf = dir.resolve("gov.pdf");
        CliRun export = CliRun.of("export", file.toString(), "--draft", "--pdf", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        String body = Extract.pdfTextJoined(pdf);
        assertThat(body).contains("本年度，学校未收到信息公开申请，无上年度结转的申请。", "本年度，学校未发生因信息公开工作受到举报",
                "2023年，学校继续推进信息公开").doesNotContain("本学年", "上学年", "2023-2024");
    }

    @Test
    void theKindDecidesTheYearsForm() {
        ReportKind gov = ReportKinds.builtIn().find("gov-2021-calendar-year").orElseThrow();
        ReportKind moe = ReportKinds.builtIn().find("moe-academic-year").orElseThrow();
        assertThat(gov.year(AcademicYear.parse("2023")).toString()).isEqualTo("2023");
        assertThat(gov.year(AcademicYear.parse("2023年度")).next().toString()).isEqualTo("2024");
        assertThat(moe.year(AcademicYear.parse("2023")).toString()).isEqualTo("2023-2024");
        assertThat(AcademicYear.parseStored("2023")).isEqualTo(new AcademicYear(2023, true));
        assertThat(AcademicYear.parseStored("2023-2024")).isEqualTo(new AcademicYear(2023, false));
        assertThat(gov.window(gov.year(AcademicYear.parse("2023"))).end()).hasToString("2023-12-31");
    }
}
