package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.Document;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.render.docx.DocxRenderer;
import org.nianbao.render.fonts.FontSource;
import org.nianbao.render.pdf.PdfRenderer;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** （一）, 1. and （1） headings written in the prose look like headings in both files. */
class SubHeadingsTest {
    private static final String PROSE = """
            （一）主动公开渠道

            学校坚持以官网为主阵地发布信息。

            （二）清单事项公开情况。学校按清单逐项公开。

            1.加强组织领导

            2.完善工作制度。学校修订了实施细则。

            （1）审查机制。拟公开信息逐条审查。
            """;

    @TempDir
    Path dir;

    private Document document() {
        Workspace ws = Workspace.standard();
        return new DocumentComposer(ws.kind("moe-academic-year"))
                .compose(Fixtures.project(ws).withProse("proactive", PROSE), LocalDate.of(2022, 10, 30));
    }

    private Path pdf() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer(FontSource.bundledOnly()).render(document(), out);
        }
        return pdf;
    }

    @Test
    void pdfSetsEachHeadingLevelInItsFontAndTheBodyInTheBodyFont() throws Exception {
        Path pdf = pdf();
        // Bundled stand-ins: 楷体 is a 楷体-style face (renamed LXGW WenKai), bold 仿宋 Noto Serif SC Bold,
        // 仿宋 Noto Serif SC Regular, 黑体 Noto Sans SC Bold, the title's 小标宋 Noto Serif SC Black.
        assertThat(Extract.pdfFontsOf(pdf, "主动公开渠道")).containsOnly("NianbaoKai-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "清单事项公开情况。")).containsOnly("NianbaoKai-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "学校按清单逐项公开")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "加强组织领导")).containsOnly("NotoSerifSC-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "完善工作制度。")).containsOnly("NotoSerifSC-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "学校修订了实施细则")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "审查机制。拟公开信息")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "学校坚持以官网")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "二、主动公开情况")).as("一、 heading, 黑体 role").containsOnly("NotoSansSC-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "信息公开工作年度报告")).as("title, 小标宋 role").containsOnly("NotoSerifSC-Black");
    }

    @Test
    void withOnlyTheBundledFontsTheTitleAndTheFourLevelsAreFiveDifferentFaces() throws Exception {
        Path pdf = pdf();
        java.util.List<String> faces = java.util.stream.Stream.of("信息公开工作年度报告", "二、主动公开情况", "主动公开渠道",
                "加强组织领导", "审查机制。拟公开信息").map(text -> {
                    try {
                        return Extract.pdfFontsOf(pdf, text).get(0);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        assertThat(faces).as("title, 一、, （一）, 1., （1） faces").doesNotHaveDuplicates();
    }

    @Test
    void anInstalled仿宋HasNoBoldFaceSoLevelThreeHeadingsAreStrokedBold() throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("Fonts"));
        try (InputStream in = org.nianbao.render.fonts.BundledFont.SANS_REGULAR.open()) {
            Files.copy(in, fonts.resolve("simfang.ttf")); // a stand-in under the file name Windows gives 仿宋
        }
        Path pdf = dir.resolve("installed.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer(FontSource.discover(List.of(fonts))).render(document(), out);
        }
        assertThat(Extract.pdfFontsOf(pdf, "加强组织领导")).containsOnly("NotoSansSC-Regular");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            boolean stroked = false;
            for (var page : doc.getPages()) {
                List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op && op.getName().equals("Tr")
                            && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSNumber mode && mode.intValue() == 2) {
                        stroked = true;
                    }
                }
            }
            assertThat(stroked).as("text render mode 2 (fill and stroke) somewhere").isTrue();
        }
    }

    @Test
    void pdfBookmarksNestSubHeadingsUnderTheirSection() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf().toFile())) {
            PDOutlineItem section = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("二、主动公开情况")) {
                    section = item;
                }
            }
            assertThat(section).as("bookmark of section 二").isNotNull();
            assertThat(titles(section)).containsExactly("（一）主动公开渠道", "（二）清单事项公开情况");
            PDOutlineItem second = section.getLastChild();
            assertThat(titles(second)).containsExactly("1.加强组织领导", "2.完善工作制度");
            assertThat(second.getFirstChild().hasChildren()).as("（1） is body text, no bookmark").isFalse();
        }
    }

    private static List<String> titles(PDOutlineItem parent) {
        List<String> titles = new ArrayList<>();
        parent.children().forEach(c -> titles.add(c.getTitle()));
        return titles;
    }

    @Test
    void docxGivesWholeHeadingsTheirStyleAndRunInHeadingsTheirFont() throws Exception {
        Path docx = dir.resolve("r.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxRenderer().render(document(), out);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(styleName(doc, paragraph(doc, "（一）主动公开渠道"))).isEqualTo("二级标题");
            assertThat(styleName(doc, paragraph(doc, "1.加强组织领导"))).isEqualTo("三级标题");
            assertThat(doc.getStyles().getStyle(paragraph(doc, "1.加强组织领导").getStyle()).getCTStyle().getRPr().sizeOfBArray())
                    .as("三级标题 is bold").isOne();

            XWPFParagraph runIn = paragraph(doc, "（二）清单事项公开情况。学校按清单逐项公开。");
            assertThat(styleName(doc, runIn)).isEqualTo("Normal");
            assertThat(runIn.getRuns()).extracting(XWPFRun::text).containsExactly("（二）清单事项公开情况。", "学校按清单逐项公开。");
            assertThat(eastAsia(runIn.getRuns().get(0))).isEqualTo("楷体_GB2312");
            assertThat(eastAsia(runIn.getRuns().get(1))).isEqualTo("仿宋_GB2312");

            XWPFParagraph boldLead = paragraph(doc, "2.完善工作制度。学校修订了实施细则。");
            assertThat(boldLead.getRuns().get(0).isBold()).isTrue();
            assertThat(eastAsia(boldLead.getRuns().get(0))).isEqualTo("仿宋_GB2312");
            assertThat(boldLead.getRuns().get(1).isBold()).isFalse();
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no paragraph " + text));
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        return p.getStyle() == null ? "Normal" : doc.getStyles().getStyle(p.getStyle()).getName();
    }

    private static String eastAsia(XWPFRun r) {
        return r.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }
}
