package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Extract;

class CliEndToEndTest {
    @TempDir
    Path dir;

    private Path newProject() {
        Path file = dir.resolve("r.nianbao");
        CliRun run = CliRun.of("new", "--kind", "moe-academic-year", "--year", "2021-2022",
                "--institution", "示例职业技术学院", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2021年9月1日至2022年8月31日");
        return file;
    }

    @Test
    void newProseExportGivesAPdfAndDocxThatSayWhatWasWritten() throws Exception {
        Path file = newProject();
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "本学年学校共召开信息公开专题会议3次，培训工作人员120人次。\n\n第二段：网站栏目更新及时。", StandardCharsets.UTF_8);
        CliRun prose = CliRun.of("prose", file.toString(), "--section", "overview", "--from", text.toString());
        assertThat(prose.exitCode()).as(prose.err()).isZero();

        Path pdf = dir.resolve("r.pdf");
        Path docx = dir.resolve("r.docx");
        // Most sections are still empty: the checks refuse a final export, and write nothing.
        CliRun refused = CliRun.of("export", file.toString(), "--pdf", pdf.toString(), "--docx", docx.toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(refused.out()).contains("check.section.empty");
        assertThat(refused.err()).contains("--draft");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(Files.exists(docx)).isFalse();
        // A draft for the leaders' review is written all the same, marked as such.
        CliRun export = CliRun.of("export", file.toString(), "--pdf", pdf.toString(), "--docx", docx.toString(), "--draft");
        assertThat(export.exitCode()).as(export.err()).isZero();

        String pdfText = Extract.pdfTextJoined(pdf);
        assertThat(pdfText)
                .contains("草稿（征求意见稿）")
                .contains("待处理的检查结果")
                .contains("示例职业技术学院2021-2022学年信息公开工作年度报告")
                .contains("本报告中所列数据的统计期限自2021年9月1日至2022年8月31日")
                .contains("一、概述")
                .contains("本学年学校共召开信息公开专题会议3次，培训工作人员120人次。")
                .contains("第二段：网站栏目更新及时。");
        String docxText = Extract.docxText(docx);
        assertThat(docxText)
                .contains("示例职业技术学院2021-2022学年信息公开工作年度报告")
                .contains("本学年学校共召开信息公开专题会议3次，培训工作人员120人次。")
                .contains("本报告中所列数据的统计期限自2021年9月1日至2022年8月31日");
    }

    @Test
    void aCompleteProjectExportsWithoutDraftMarks() throws Exception {
        Path file = dir.resolve("demo.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), file);
        Path pdf = dir.resolve("demo.pdf");
        CliRun export = CliRun.of("export", file.toString(), "--pdf", pdf.toString());
        assertThat(export.exitCode()).as(export.err() + export.out()).isZero();
        assertThat(Extract.pdfTextJoined(pdf)).contains("东瓯职业技术学院").doesNotContain("草稿");
    }

    @Test
    void infoJsonHasTheContractedShape() throws Exception {
        Path file = newProject();
        CliRun info = CliRun.of("info", file.toString(), "--json");
        assertThat(info.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.get("kind").asText()).isEqualTo("moe-academic-year");
        assertThat(json.get("year").asText()).isEqualTo("2021-2022");
        assertThat(json.at("/window/start").asText()).isEqualTo("2021-09-01");
        assertThat(json.at("/window/end").asText()).isEqualTo("2022-08-31");
        assertThat(json.at("/institution/name").asText()).isEqualTo("示例职业技术学院");
        assertThat(json.get("sections")).hasSize(8);
        assertThat(json.at("/sections/0/id").asText()).isEqualTo("overview");
        assertThat(json.at("/sections/0/heading").asText()).isEqualTo("概述");
    }

    @Test
    void infoTableIsChineseByDefaultAndEnglishOnRequest() {
        Path file = newProject();
        assertThat(CliRun.of("info", file.toString()).out()).contains("统计期限：2021年9月1日至2022年8月31日");
        assertThat(CliRun.of("info", file.toString(), "--lang", "en").out()).contains("Statistics window: 2021年9月1日至2022年8月31日");
    }

    @Test
    void aBadYearIsAnInputProblemWithAMessageInEachLanguage() {
        CliRun zh = CliRun.of("new", "--year", "2021-2023", "--institution", "X学院", "--out", dir.resolve("x.nianbao").toString());
        assertThat(zh.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(zh.err()).contains("“2021-2023”不是一个学年");
        CliRun en = CliRun.of("--lang", "en", "new", "--year", "abc", "--institution", "X学院", "--out", dir.resolve("x.nianbao").toString());
        assertThat(en.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(en.err()).contains("Cannot read the academic year \"abc\"");
        assertThat(Files.exists(dir.resolve("x.nianbao"))).isFalse();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("new", "--year", "2021").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("--lang", "fr", "info", "x").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("export", newProject().toString()).exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void aMissingProjectFileIsAnIoFailure() {
        CliRun run = CliRun.of("info", dir.resolve("nope.nianbao").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.IO);
        assertThat(run.err()).contains("找不到项目文件");
    }

    @Test
    void aCorruptProjectIsRefusedAndNotOverwrittenByProse() throws Exception {
        Path file = dir.resolve("broken.nianbao");
        Files.writeString(file, "garbage");
        Path text = dir.resolve("t.txt");
        Files.writeString(text, "文字");
        CliRun run = CliRun.of("prose", file.toString(), "--section", "overview", "--from", text.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("未作任何改动");
        assertThat(Files.readString(file)).isEqualTo("garbage");
    }

    @Test
    void newRefusesToOverwriteWithoutForce() {
        Path file = newProject();
        CliRun again = CliRun.of("new", "--year", "2022", "--institution", "示例职业技术学院", "--out", file.toString());
        assertThat(again.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(again.err()).contains("--force");
    }

    @Test
    void proseNamesTheValidSectionIdsWhenGivenAnUnknownOne() throws Exception {
        Path file = newProject();
        Path text = dir.resolve("t.txt");
        Files.writeString(text, "文字");
        CliRun run = CliRun.of("prose", file.toString(), "--section", "summary", "--from", text.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("summary").contains("opening").contains("overview").contains("list-table");
    }

    @Test
    void proseWrittenInGbkByAWindowsEditorIsStillRead() throws Exception {
        Path file = newProject();
        Path text = dir.resolve("gbk.txt");
        Files.write(text, "用记事本保存的文字。".getBytes(Charset.forName("GBK")));
        CliRun run = CliRun.of("prose", file.toString(), "--section", "opening", "--from", text.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("GB18030");
        assertThat(CliRun.of("info", file.toString(), "--json").out()).isNotEmpty();
        Path docx = dir.resolve("r.docx");
        assertThat(CliRun.of("export", file.toString(), "--docx", docx.toString(), "--draft").exitCode()).isZero();
        assertThat(Extract.docxText(docx)).contains("用记事本保存的文字。");
    }

    @Test
    void helpIsAvailableForEveryCommandInBothLanguages() {
        for (String cmd : new String[] {"new", "info", "prose", "export"}) {
            CliRun zh = CliRun.of(cmd, "--help");
            assertThat(zh.exitCode()).isZero();
            assertThat(zh.out()).contains("用法：").contains("--help");
            CliRun en = CliRun.of("--lang", "en", cmd, "--help");
            assertThat(en.out()).contains("Usage:");
        }
        String root = CliRun.of("--help").out();
        assertThat(root).contains("new").contains("export").contains("退出码").contains("70");
        // Every command's help in both languages formats cleanly: picocli warns on System.err (not the command's
        // err) when a description is no valid format string (a bare % in "change %").
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.util.Set<String> commands = new picocli.CommandLine(new RootCommand(null)).getSubcommands().keySet();
        assertThat(commands).contains("gather", "import", "sign");
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String cmd : commands) {
                assertThat(CliRun.of(cmd, "--help").exitCode()).as(cmd).isZero();
                assertThat(CliRun.of("--lang", "en", cmd, "--help").exitCode()).as(cmd).isZero();
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
        // bench is for us, not for the secretary's list of commands; it still runs and has its own help.
        assertThat(root).doesNotContain("bench");
        assertThat(CliRun.of("bench", "--help").exitCode()).isZero();
    }
}
