package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.PdfLines;
import org.nianbao.workspace.Workspace;

/**
 * The 清单 table as an attachment per GB/T 9704 §7.3.5 and §8: the 附件说明 after the body and before
 * the signature, the attachment on a new page with 附件 flush left on its first line and its title
 * centred on the third; and an item reported by departments but never marked shows where and by whom.
 */
class AttachmentLayoutTest {
    private static final float MM = 72f / 25.4f;
    private static final float TYPE_LEFT = 28 * MM;
    private static final float TYPE_RIGHT = (28 + 156) * MM;
    private static final float CELL = 156 * MM / 28;
    private static final float LINE = 225 * MM / 22;

    @TempDir
    Path dir;

    private static PdfLines.Line line(List<PdfLines.Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line reads " + text));
    }

    @Test
    void theSampleNamesItsAttachmentAboveTheSignatureAndStartsItOnAPageOfItsOwn() throws Exception {
        Path pdf = dir.resolve("demo.pdf");
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, docx);
        List<PdfLines.Line> lines = PdfLines.of(pdf);

        PdfLines.Line note = line(lines, "附件：清单事项公开情况表");
        PdfLines.Line signer = line(lines, "东瓯职业技术学院");
        assertThat(note.page()).as("附件说明 on the signature's page").isEqualTo(signer.page());
        assertThat(note.baseline()).as("附件说明 above the signature").isLessThan(signer.baseline());
        assertThat(note.left() - TYPE_LEFT).as("附件说明 two characters in").isCloseTo(2 * CELL, Offset.offset(1f));
        PdfLines.Line before = lines.get(lines.indexOf(note) - 1);
        if (before.page() == note.page()) {
            assertThat(note.baseline() - before.baseline()).as("one blank line above the 附件说明").isCloseTo(2 * LINE, Offset.offset(0.5f));
        }

        PdfLines.Line label = line(lines, "附件");
        PdfLines.Line title = line(lines, "清单事项公开情况表");
        assertThat(label.page()).isGreaterThan(signer.page());
        assertThat(lines.stream().filter(l -> l.page() == label.page()).findFirst().orElseThrow()).as("first line of its page").isEqualTo(label);
        assertThat(label.left()).as("附件 flush left").isCloseTo(TYPE_LEFT, Offset.offset(1f));
        assertThat(Extract.pdfFontsOf(pdf, "附件清单")).first().asString().contains("Sans"); // 黑体 role
        assertThat(title.page()).isEqualTo(label.page());
        assertThat(title.baseline() - label.baseline()).as("title on the third line").isCloseTo(2 * LINE, Offset.offset(3f));
        assertThat(title.size()).as("2号 title").isCloseTo(22f, Offset.offset(0.5f));
        assertThat((title.left() + title.right()) / 2).as("title centred").isCloseTo((TYPE_LEFT + TYPE_RIGHT) / 2, Offset.offset(1f));

        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String text = xml.replaceAll("<w:p[ >]", "\n$0").replaceAll("<[^>]+>", "");
        assertThat(text).as("the DOCX's paragraphs in order").withFailMessage("paragraphs out of order or missing")
                .containsSubsequence("附件：清单事项公开情况表\n", "东瓯职业技术学院\n", "\n附件\n\n清单事项公开情况表\n");
        assertThat(java.util.regex.Pattern.compile("<w:pageBreakBefore\\b[^>]*/>(?:(?!</w:p>).)*?<w:t>附件</w:t>").matcher(xml).find())
                .as("附件 starts a new page").isTrue();
        assertThat(java.util.regex.Pattern.compile("w:val=\"NianbaoTitle\"/>(?:(?!</w:p>).)*?<w:jc w:val=\"center\"/>(?:(?!</w:p>).)*?"
                + "<w:t>清单事项公开情况表</w:t>").matcher(xml).find()).as("the attachment's title centred in the title style").isTrue();
    }

    @Test
    void anItemWithRecordsButNoMarkShowsItsChannelLinkAndDepartmentInTheTable() throws Exception {
        Workspace ws = Workspace.standard();
        SourceRef src = new SourceRef("教务处.xlsx", "0".repeat(64), "公开记录", 2);
        DisclosureRecord older = new DisclosureRecord(LocalDate.of(2021, 10, 8), "学校章程修订稿公示", "website", 1, 2,
                "https://www.example.edu.cn/zc/1.html", "", src);
        DisclosureRecord newer = new DisclosureRecord(LocalDate.of(2022, 3, 1), "规章制度汇编", "website", 1, 2,
                "https://xxgk.example.edu.cn/jbxx/2.html", "", src);
        Project p = Fixtures.project(ws).withSubmission(new DepartmentSubmission("党政办公室", "党政办公室.xlsx", "0".repeat(64),
                Instant.parse("2022-09-01T00:00:00Z"), List.of(older, newer), List.of(), Map.of(), 0, 0));
        Path pdf = dir.resolve("r.pdf");
        Path docx = dir.resolve("r.docx");
        ws.create(dir.resolve("r.nianbao"), p, false).export(pdf, docx);
        String pdfText = Extract.pdfTextJoined(pdf).replaceAll("\\s+", "");
        assertThat(pdfText).contains("2学校章程及制定的各项规章制度已公开学校官网https://xxgk.example.edu.cn/jbxx/2.html党政办公室");
        String docxText;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            docxText = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
        }
        assertThat(docxText).contains("学校官网https://xxgk.example.edu.cn/jbxx/2.html党政办公室")
                .as("the appendix prints the notice's wording").contains("参加研究生复试的考生成绩").contains("十、其他信息");
    }
}
