package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.LibreOffice;
import org.nianbao.workspace.Workspace;

/**
 * The page number as GB/T 9704 §7.5 places it: 4号 half-width 宋体 digits between two 一字线, the
 * 一字线 7 mm below the type area. Measured on the page image, where a reviewer's ruler would go.
 */
class PageNumberTest {
    private static final float MM = 72f / 25.4f;
    private static final float TYPE_BOTTOM_MM = 37 + 225;
    private static final int DPI = 288;

    @TempDir
    Path dir;

    /**
     * How far below the type area the middle of the page number's first 一字线 is drawn on page 1 (odd:
     * right-hand side), in mm: the dark rows of the footer's left-most mark, read from a rendering.
     */
    static float dashBelowTypeAreaMm(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, DPI);
            float pxPerMm = DPI / 25.4f;
            int top = Math.round((TYPE_BOTTOM_MM + 1) * pxPerMm);
            int bottom = page.getHeight() - 1;
            // The footer's left-most dark column, then the dark rows within a character's width of it (the dash).
            int left = Integer.MAX_VALUE;
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if (dark(page.getRGB(x, y)) && x < left) {
                        left = x;
                    }
                }
            }
            assertThat(left).as("a mark below the type area").isLessThan(Integer.MAX_VALUE);
            int first = -1;
            int last = -1;
            for (int y = top; y < bottom; y++) {
                for (int x = left; x < left + Math.round(3 * pxPerMm); x++) {
                    if (dark(page.getRGB(x, y))) {
                        first = first < 0 ? y : first;
                        last = y;
                        break;
                    }
                }
            }
            return (first + last) / 2f / pxPerMm - TYPE_BOTTOM_MM;
        }
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r + g + b < 3 * 128;
    }

    @Test
    void theDashSits7mmBelowTheTypeAreaInThePdf() throws Exception {
        // 9.2 mm before this was measured.
        Path pdf = dir.resolve("demo.pdf");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, null);
        assertThat(dashBelowTypeAreaMm(pdf)).as("一字线 below the type area, mm").isCloseTo(7f, Offset.offset(0.3f));
    }

    @Test
    void theDocxFooterSetsTheNumberIn宋体AndLibreOfficePrintsItWhereThePdfDoes() throws Exception {
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(null, docx);
        String footer;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            footer = new String(zip.getInputStream(zip.getEntry("word/footer1.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Every run of the footer, digits included, in 宋体 at 4号 (28 half-points): no Times New Roman.
        assertThat(footer).doesNotContain("Times New Roman").contains("w:ascii=\"宋体\"").contains("w:hAnsi=\"宋体\"")
                .contains("<w:sz w:val=\"28\"/>");
        Assumptions.assumeTrue(LibreOffice.installed(), "soffice is not installed here; .ci/run installs libreoffice-writer-nogui");
        assertThat(dashBelowTypeAreaMm(LibreOffice.toPdf(docx, dir))).as("一字线 below the type area in LibreOffice, mm")
                .isCloseTo(7f, Offset.offset(0.5f));
    }
}
