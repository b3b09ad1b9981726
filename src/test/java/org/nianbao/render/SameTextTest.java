package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Extract;
import org.nianbao.workspace.Workspace;

/** The PDF and the DOCX of one report carry the same words in the same order. */
class SameTextTest {
    @TempDir
    Path dir;

    @Test
    void pdfAndDocxOfTheSampleSayTheSameThingInTheSameOrder() throws Exception {
        Path pdf = dir.resolve("demo.pdf");
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, docx);

        String pdfText = withoutRepeatedHeaders(compact(Extract.pdfTextJoined(pdf)));
        String docxText = compact(docxBody(docx));
        assertThat(pdfText).hasSizeGreaterThan(5000);
        assertThat(firstDifference(pdfText, docxText)).as("first difference (PDF | DOCX)").isEmpty();
    }

    /**
     * A table's header row repeats on each page it spans in a PDF; Word repeats it by layout. The sample's
     * tables: the 清单 appendix and the statistics tables (per channel, per category, by outcome).
     */
    static String withoutRepeatedHeaders(String text) {
        String out = withoutRepeats(text, "序号清单事项公开情况公开栏目及网址（或不涉及原因）责任部门");
        for (java.util.List<String> summary : org.nianbao.compose.SummaryTables.headers()) {
            out = withoutRepeats(out, String.join("", summary));
        }
        return out;
    }

    static String withoutRepeats(String text, String header) {
        int first = text.indexOf(header);
        if (first < 0) {
            return text;
        }
        int afterFirst = first + header.length();
        return text.substring(0, afterFirst) + text.substring(afterFirst).replace(header, "");
    }

    /** Empty when equal, else both texts around the first character where they part. */
    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return "";
        }
        int from = Math.max(0, i - 15);
        return "at " + i + ": …" + a.substring(from, Math.min(a.length(), i + 15)) + " | …" + b.substring(from, Math.min(b.length(), i + 15))
                + " (U+" + (i < a.length() ? Integer.toHexString(a.charAt(i)) : "end") + " vs U+"
                + (i < b.length() ? Integer.toHexString(b.charAt(i)) : "end") + ")";
    }

    /** Paragraphs and table cells in body order, as a reader of the Word file meets them. */
    static String docxBody(Path docx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            sb.append(cell.getText()).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Layout differs (line breaks, justification gaps); the words do not. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
