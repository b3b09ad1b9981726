package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Extract;
import org.nianbao.testing.WorkbookFixtures;

/** Figures quoted in the prose by name stay live: the PDF shows what the data says at export. */
class FieldsTest {
    @TempDir
    Path dir;

    @Test
    void aFieldInTheProseShowsTheImportedFigureAndFollowsANewImport() throws Exception {
        Path project = dir.resolve("r.nianbao");
        assertThat(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()).exitCode()).isZero();
        assertThat(CliRun.of("departments", project.toString(), "add", "党委宣传部").exitCode()).isZero();
        assertThat(CliRun.of("templates", project.toString(), "--out", dir.toString()).exitCode()).isZero();
        Path template = dir.resolve("2021-2022学年信息公开报送表-党委宣传部.xlsx");
        Path text = dir.resolve("p.txt");
        Files.writeString(text, "本学年学校官网发布新闻{{学校官网发布新闻条数}}条，信息公开网发布{{信息公开网发布条数}}条。");
        assertThat(CliRun.of("prose", project.toString(), "--section", "proactive", "--from", text.toString()).exitCode()).isZero();

        Path first = WorkbookFixtures.fill(template, dir.resolve("v1.xlsx"))
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 612)
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 9, 3), "开学通知", "信息公开网", "6", "", "")
                .save();
        CliRun imported = CliRun.of("import", project.toString(), first.toString());
        assertThat(imported.exitCode()).as(imported.out()).isZero();
        JsonNode fields = new ObjectMapper().readTree(CliRun.of("fields", project.toString(), "--json").out()).get("fields");
        assertThat(value(fields, "学校官网发布新闻条数")).isEqualTo("612");
        assertThat(value(fields, "信息公开网发布条数")).isEqualTo("1");

        Path pdf = dir.resolve("r.pdf");
        assertThat(CliRun.of("export", project.toString(), "--pdf", pdf.toString(), "--draft").exitCode()).isZero();
        assertThat(Extract.pdfTextJoined(pdf)).contains("本学年学校官网发布新闻612条，信息公开网发布1条。");
        // The channel and category tables follow the section's text.
        String compact = Extract.pdfTextJoined(pdf).replaceAll("\\s+", "");
        assertThat(compact).contains("发布渠道发布数量学校官网612信息公开网1")
                .contains("清单类别公开信息条数一、基本信息1二、招生考试信息0").contains("合计1");

        Path second = WorkbookFixtures.fill(template, dir.resolve("v2.xlsx"))
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 640).save();
        assertThat(CliRun.of("import", project.toString(), second.toString()).exitCode()).isZero();
        assertThat(CliRun.of("export", project.toString(), "--pdf", pdf.toString(), "--draft").exitCode()).isZero();
        assertThat(Extract.pdfTextJoined(pdf)).contains("本学年学校官网发布新闻640条，信息公开网发布0条。");
    }

    @Test
    void aNewProjectStartsWithTheGeneratedApplicationAndComplaintStatements() throws Exception {
        Path project = dir.resolve("r.nianbao");
        CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString());
        Path pdf = dir.resolve("r.pdf");
        assertThat(CliRun.of("export", project.toString(), "--pdf", pdf.toString(), "--draft").exitCode()).isZero();
        assertThat(Extract.pdfTextJoined(pdf))
                .contains("本学年，学校未收到信息公开申请，无上学年结转的申请。")
                .contains("未发生因信息公开工作受到举报、被申请行政复议或被提起行政诉讼的情况。");
    }

    @Test
    void anUnknownFieldIsACheckErrorNamingIt() throws Exception {
        Path project = dir.resolve("r.nianbao");
        CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString());
        Path text = dir.resolve("p.txt");
        Files.writeString(text, "官网共发布{{官网发布数}}条。");
        CliRun.of("prose", project.toString(), "--section", "proactive", "--from", text.toString());
        JsonNode findings = new ObjectMapper().readTree(CliRun.of("check", project.toString(), "--json").out()).get("findings");
        JsonNode unknown = null;
        for (JsonNode f : findings) {
            if (f.get("code").asText().equals("check.field.unknown")) {
                unknown = f;
            }
        }
        assertThat(unknown).isNotNull();
        assertThat(unknown.get("excerpt").asText()).isEqualTo("{{官网发布数}}");
        assertThat(unknown.get("location").asText()).isEqualTo("section:proactive@5");
        assertThat(unknown.get("message").asText()).contains("官网发布数");
    }

    private static String value(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.get("name").asText().equals(name)) {
                return f.get("value").asText();
            }
        }
        throw new AssertionError(name);
    }
}
