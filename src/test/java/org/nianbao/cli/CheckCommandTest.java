package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Extract;

/** check, override and the export gate, through the command line. */
class CheckCommandTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sampleWithAMistypedDate() throws Exception {
        project = dir.resolve("demo.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), project);
        Path text = dir.resolve("other.txt");
        Files.writeString(text, "学校于202191日召开信息公开工作会议。", StandardCharsets.UTF_8);
        assertThat(CliRun.of("prose", project.toString(), "--section", "other", "--from", text.toString()).exitCode()).isZero();
    }

    private JsonNode findings() throws Exception {
        return new ObjectMapper().readTree(CliRun.of("check", project.toString(), "--json").out()).get("findings");
    }

    private static JsonNode byCode(JsonNode findings, String code) {
        for (JsonNode f : findings) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code + " not in " + findings.toPrettyString());
    }

    @Test
    void checkJsonNamesTheErrorWithItsExcerptAndExitsOne() throws Exception {
        CliRun run = CliRun.of("check", project.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        JsonNode f = byCode(findings(), "check.prose.malformedDateLikely");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("excerpt").asText()).isEqualTo("202191日");
        assertThat(f.get("location").asText()).isEqualTo("section:other@3");
        assertThat(f.get("message").asText()).contains("2021年9月1日");
        assertThat(CliRun.of("--lang", "en", "check", project.toString()).out()).contains("probably 2021年9月1日");
    }

    @Test
    void exportRefusesWhileTheErrorStandsAndWorksOnceItIsOverriddenWithAReason() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        CliRun refused = CliRun.of("export", project.toString(), "--pdf", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(refused.out()).contains("202191日").contains("section:other@3");
        assertThat(Files.exists(pdf)).isFalse();

        CliRun noReason = CliRun.of("override", project.toString(), "--code", "check.prose.malformedDateLikely",
                "--location", "section:other@3");
        assertThat(noReason.exitCode()).isEqualTo(Cli.USAGE);
        CliRun blank = CliRun.of("override", project.toString(), "--code", "check.prose.malformedDateLikely",
                "--location", "section:other@3", "--reason", "  ");
        assertThat(blank.exitCode()).isEqualTo(Cli.INPUT);
        CliRun wrongPlace = CliRun.of("override", project.toString(), "--code", "check.prose.malformedDateLikely",
                "--location", "section:overview@3", "--reason", "理由");
        assertThat(wrongPlace.exitCode()).isEqualTo(Cli.INPUT);

        CliRun ok = CliRun.of("override", project.toString(), "--code", "check.prose.malformedDateLikely",
                "--location", "section:other@3", "--reason", "会议通知原文编号");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        JsonNode f = byCode(findings(), "check.prose.malformedDateLikely");
        assertThat(f.get("overridden").asBoolean()).isTrue();
        assertThat(f.get("reason").asText()).isEqualTo("会议通知原文编号");
        assertThat(CliRun.of("check", project.toString()).exitCode()).isZero();
        assertThat(CliRun.of("check", project.toString()).out()).contains("会议通知原文编号");

        CliRun export = CliRun.of("export", project.toString(), "--pdf", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Extract.pdfTextJoined(pdf)).contains("202191日").doesNotContain("草稿");
    }

    @Test
    void aDraftCarriesItsMarkAndTheOpenFindingsOnALastPage() throws Exception {
        Path pdf = dir.resolve("draft.pdf");
        Path docx = dir.resolve("draft.docx");
        CliRun draft = CliRun.of("export", project.toString(), "--pdf", pdf.toString(), "--docx", docx.toString(), "--draft");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(doc)).as("page %d", i).contains("草稿（征求意见稿）");
            }
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc).replaceAll("\\s+", "")).contains("待处理的检查结果").contains("202191日");
        }
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getHeaderList()).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.getText()).contains("草稿（征求意见稿）"));
        }
    }

    @Test
    void checkJsonCarriesEachFixAndCheckFixAppliesThemSavesAndSaysHowMany() throws Exception {
        Path text = dir.resolve("pasted.txt");
        Files.writeString(text, "首页 > 信息公开 > 年度报告\n学校官网,信息公开网,微信公众号均已更新。\n学校于202191日召开会议。",
                StandardCharsets.UTF_8);
        assertThat(CliRun.of("prose", project.toString(), "--section", "other", "--from", text.toString()).exitCode()).isZero();
        JsonNode comma = byCode(findings(), "check.proof.halfWidthPunct");
        assertThat(comma.get("fix").get("replace").asText()).isEqualTo(",");
        assertThat(comma.get("fix").get("with").asText()).isEqualTo("，");
        assertThat(byCode(findings(), "check.prose.malformedDateLikely").get("fix").get("with").asText()).isEqualTo("2021年9月1日");

        CliRun fixed = CliRun.of("check", project.toString(), "--fix", "check.proof.halfWidthPunct,check.proof.clutter");
        assertThat(fixed.out()).contains("已修正 3 处");
        assertThat(fixed.exitCode()).as("the malformed date, not in --fix, still stands").isEqualTo(Cli.INPUT);
        CliRun json = CliRun.of("check", project.toString(), "--fix", "check.prose.malformedDateLikely", "--json");
        assertThat(new ObjectMapper().readTree(json.out()).get("fixed").asInt()).isEqualTo(1);
        assertThat(json.exitCode()).isZero();
        assertThat(org.nianbao.workspace.Workspace.standard().open(project).project().section("other").orElseThrow().prose())
                .isEqualTo("学校官网，信息公开网，微信公众号均已更新。\n学校于2021年9月1日召开会议。");
        assertThat(CliRun.of("check", project.toString(), "--fix", "no.such.code").exitCode()).isEqualTo(Cli.USAGE);
    }
}
