package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.AcademicYear;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.PdfLines;
import org.nianbao.workspace.Workspace;

/**
 * The title breaks between words in a balanced shape (GB/T 9704 §7.3.1), in the PDF as a reader
 * sees its lines and in the DOCX as explicit line breaks at the same place.
 */
class TitleBreakTest {
    @TempDir
    Path dir;

    /** The 2号 lines at the top of page 1, as PDFBox reads them. */
    private static List<String> pdfTitleLines(Path pdf) throws Exception {
        return PdfLines.of(pdf).stream().filter(l -> l.page() == 1 && Math.abs(l.size() - 22) < 0.5)
                .map(PdfLines.Line::text).toList();
    }

    /** The title paragraph's text in the DOCX, with each w:br as a line break. */
    private static List<String> docxTitleLines(Path docx) throws Exception {
        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher p = Pattern.compile("<w:p\\b(?:(?!</w:p>).)*?w:val=\"NianbaoTitle\"/>(.*?)</w:p>", Pattern.DOTALL).matcher(xml);
        assertThat(p.find()).as("the title paragraph").isTrue();
        String body = p.group(1).replace("<w:br/>", "\n").replaceAll("<[^>]+>", "");
        return List.of(body.split("\n"));
    }

    @Test
    void theSampleTitleBreaksAfterTheYearNotInsideAWord() throws Exception {
        Path pdf = dir.resolve("demo.pdf");
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, docx);
        // Today's break was "…2021-2022学年信息公开工 / 作年度报告": inside 工作.
        List<String> expected = List.of("东瓯职业技术学院2021-2022学年", "信息公开工作年度报告");
        assertThat(pdfTitleLines(pdf)).containsExactlyElementsOf(expected);
        assertThat(docxTitleLines(docx)).containsExactlyElementsOf(expected);
    }

    @Test
    void aCalendarYearTitleBreaksBeforeItsDocumentName() throws Exception {
        Workspace ws = Workspace.standard();
        Path pdf = dir.resolve("gov.pdf");
        Path docx = dir.resolve("gov.docx");
        ws.create(dir.resolve("gov.nianbao"), ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2021"),
                Fixtures.institution()), false).export(pdf, docx);
        List<String> expected = List.of("示例职业技术学院2021年", "政府信息公开工作年度报告");
        assertThat(pdfTitleLines(pdf)).containsExactlyElementsOf(expected);
        assertThat(docxTitleLines(docx)).containsExactlyElementsOf(expected);
    }

    @Test
    void herOwnTitleSetOnTheCommandLinePrintsWhereSheBrokeItInThePdfAndTheDocx() throws Exception {
        Path file = dir.resolve("own.nianbao");
        org.nianbao.testing.CliRun made = org.nianbao.testing.CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2023",
                "--institution", Fixtures.INSTITUTION, "--title", "示例职业技术学院\\n2023年政府信息公开\\n工作年度报告", "--out", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Path pdf = dir.resolve("own.pdf");
        Path docx = dir.resolve("own.docx");
        Workspace.standard().open(file).export(pdf, docx);
        List<String> typed = List.of("示例职业技术学院", "2023年政府信息公开", "工作年度报告");
        assertThat(pdfTitleLines(pdf)).containsExactlyElementsOf(typed);
        assertThat(docxTitleLines(docx)).containsExactlyElementsOf(typed);
        com.fasterxml.jackson.databind.JsonNode info = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.nianbao.testing.CliRun.of("info", file.toString(), "--json").out());
        assertThat(info.get("title").asText()).isEqualTo("示例职业技术学院2023年政府信息公开工作年度报告");
        assertThat(info.get("titleSet").asBoolean()).isTrue();
        assertThat(info.get("titleLines")).hasSize(3);

        // A real line break (a shell's $'…\n…' or the app's Enter) is one too; a blank line is none.
        org.nianbao.testing.CliRun set = org.nianbao.testing.CliRun.of("title", file.toString(), "--set", "示例职业技术学院\n\n2023年度政府信息公开工作报告 ");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("共 2 行", "  示例职业技术学院\n", "  2023年度政府信息公开工作报告\n");
        Workspace.standard().open(file).export(pdf, docx);
        assertThat(pdfTitleLines(pdf)).containsExactly("示例职业技术学院", "2023年度政府信息公开工作报告");
        assertThat(docxTitleLines(docx)).containsExactly("示例职业技术学院", "2023年度政府信息公开工作报告");

        assertThat(org.nianbao.testing.CliRun.of("title", file.toString(), "--clear").exitCode()).isZero();
        Workspace.standard().open(file).export(pdf, docx);
        List<String> kinds = List.of("示例职业技术学院2023年", "政府信息公开工作年度报告");
        assertThat(pdfTitleLines(pdf)).containsExactlyElementsOf(kinds);
        assertThat(docxTitleLines(docx)).containsExactlyElementsOf(kinds);
    }

    @Test
    void linesAreAsFewAsFitAndAsEvenAsTheWordsAllow() {
        // Fits one line (20 characters of 2号 in 156 mm): unbroken.
        assertThat(TitleLines.of(List.of("某学院", "2021-2022学年", "信息公开工作", "年度报告"))).hasSize(1);
        // A long name: the name alone on the first line, the rest below (8 + 3 would leave 18 below).
        assertThat(TitleLines.of(List.of("浙江省某某市某某区某某职业技术学院", "2021-2022学年", "信息公开工作", "年度报告")))
                .containsExactly("浙江省某某市某某区某某职业技术学院", "2021-2022学年信息公开工作年度报告");
        // A name longer than a line is cut evenly, the only place where a word must break.
        List<String> lines = TitleLines.of(List.of("某".repeat(30), "2021-2022学年", "信息公开工作", "年度报告"));
        assertThat(String.join("", lines)).isEqualTo("某".repeat(30) + "2021-2022学年信息公开工作年度报告");
        assertThat(lines).allSatisfy(l -> assertThat(TitleLines.halves(l)).isLessThanOrEqualTo(40));
    }
}
