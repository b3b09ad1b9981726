package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

class PdfExportTest {
    /** The same sets the renderer enforces, spelled out so the test does not trust the code under test. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”";
    private static final String NO_LINE_END = "（《「『“";

    @TempDir
    Path dir;
    private final Workspace ws = Workspace.standard();

    private ProjectSession session(Project p) throws Exception {
        return ws.create(dir.resolve("r.nianbao"), p, false);
    }

    @Test
    void everyFontIsEmbeddedAndTheFileDeclaresPdfA3b() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        session(Fixtures.project(ws)).export(pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)B");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("示例职业技术学院2021-2022学年信息公开工作年度报告");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("示例职业技术学院");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void pagesAreNumberedWithDashesAndTheSignatureCarriesTheReportDate() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        session(Fixtures.project(ws).withSignOff(new SignOff(Fixtures.INSTITUTION, LocalDate.of(2022, 10, 30)))).export(pdf, null);
        String text = Extract.pdfText(pdf);
        assertThat(text).contains("— 1 —").contains("2022年10月30日");
        assertThat(text.indexOf("示例职业技术学院\n2022年10月30日")).as("name directly above date").isPositive();
    }

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithOpeningPunctuation() throws Exception {
        // Move the punctuation through every position of a 28-character line.
        StringBuilder prose = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            prose.append("字".repeat(k)).append("（注：“测试”）。数据截至2022年8月31日，").append("文".repeat(30 - k)).append("。\n\n");
        }
        Path pdf = dir.resolve("r.pdf");
        session(Fixtures.project(ws).withProse("other", prose.toString())).export(pdf, null);
        List<String> lines = Extract.pdfText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).hasSizeGreaterThan(60);
        for (String line : lines) {
            assertThat(NO_LINE_START.indexOf(line.charAt(0))).as("line starts with punctuation: %s", line).isNegative();
            assertThat(NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as("line ends with opening: %s", line).isNegative();
        }
    }

    @Test
    void aCharacterNoFontCanDrawStopsTheExportNamingItAndWritesNothing() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        ProjectSession s = session(Fixtures.project(ws).withProse("evaluation", "满意度调查结果很好😀，继续保持。"));
        assertThatThrownBy(() -> s.export(pdf, null))
                .isInstanceOf(MissingGlyphException.class)
                .satisfies(e -> {
                    MissingGlyphException m = (MissingGlyphException) e;
                    assertThat(m.character()).isEqualTo("😀");
                    assertThat(m.where()).isEqualTo("section:evaluation");
                    assertThat(m.excerpt()).contains("满意度调查结果很好");
                });
        assertThat(Files.exists(pdf)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.nianbao");
        }
    }

    @Test
    void popplerReadsTheChineseTextBack() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Programs.onPath("pdftotext"),
                "pdftotext (poppler-utils) is not installed here; .ci/run installs it");
        Path pdf = dir.resolve("r.pdf");
        session(Fixtures.project(ws)).export(pdf, null);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(text.replace("\n", "")).contains("本学年学校官网发布新闻612条，信息公开网发布信息190条。")
                .contains("2021年9月1日至2022年8月31日");
    }


    @Test
    void appendixTableListsEveryItemAndRepeatsItsHeaderOnEachPage() throws Exception {
        Project p = Fixtures.project(ws)
                .withItemMark(11, new Project.ItemMark(true, "学校不招收研究生", "", "", ""))
                .withItemMark(1, new Project.ItemMark(false, "", "基本信息", "https://x.edu.cn/jbxx/", "党政办公室"));
        Path pdf = dir.resolve("r.pdf");
        session(p).export(pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pagesWithHeader = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(doc).replaceAll("\\s+", "").contains("序号清单事项")) {
                    pagesWithHeader++;
                }
            }
            assertThat(pagesWithHeader).as("pages whose table starts with the header row").isGreaterThanOrEqualTo(2);
        }
        String text = Extract.pdfTextJoined(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("一、基本信息").contains("十、其他").contains("不涉及学校不招收研究生")
                .contains("已公开基本信息").contains("50突发事件应急预案");
    }

    @Test
    void pdfBoxRendersTheFirstPage() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        session(Fixtures.project(ws)).export(pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 36);
            assertThat(image.getWidth()).isGreaterThan(200);
            assertThat(new PDFTextStripper().getText(doc)).contains("一、概述");
        }
    }
}
