package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visible signature goes next to the signature block, in free space, never over text. */
class SignaturePlacementTest {
    @TempDir
    Path dir;

    @Test
    void theVisibleSignatureSitsUnderTheDateOfTheSignatureBlockAndCoversNoText() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path signed = dir.resolve("signed.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), signed, "--reason", "审核通过", "--location", "温州", "--visible");

        int page;
        Rectangle rect;
        try (PdfDocument pdf = new PdfDocument(new PdfReader(signed.toFile()))) {
            PdfFormField field = PdfAcroForm.getAcroForm(pdf, false).getField("Signature1");
            PdfWidgetAnnotation widget = field.getWidgets().get(0);
            page = pdf.getPageNumber(widget.getPage());
            rect = widget.getRectangle().toRectangle();
        }
        List<Glyph> glyphs = glyphs(signed, page);
        // The sample's signature block (东瓯职业技术学院 / 2022年10月28日) is followed by appendix pages.
        String pageText = glyphs.stream().map(g -> g.text).reduce("", String::concat);
        assertThat(pageText).contains("东瓯职业技术学院").contains("2022年10月28日");
        assertThat(rect.getWidth()).isGreaterThan(60);
        assertThat(rect.getHeight()).isGreaterThan(30);
        for (Glyph g : glyphs) {
            assertThat(g.overlaps(rect)).as("appearance %s covers \"%s\"", rect, g.text).isFalse();
        }
        float dateBottom = (float) glyphs.stream().filter(g -> g.text.equals("日")).mapToDouble(g -> g.bottom).min().orElseThrow();
        assertThat(rect.getTop()).as("below the date").isLessThanOrEqualTo(dateBottom);
        assertThat(rect.getTop()).as("right under the date, not at the foot of the page").isGreaterThan(dateBottom - 20);
    }

    @Test
    void belowTheAnchorIsPreferredWhenThereIsRoom() {
        Rectangle typeArea = new Rectangle(0, 0, 400, 600);
        Rectangle date = new Rectangle(250, 300, 100, 16);
        List<Rectangle> drawn = List.of(new Rectangle(0, 400, 400, 200), new Rectangle(240, 330, 120, 16), date);
        Rectangle place = AppearancePlacement.find(typeArea, drawn, date, 120, 50).orElseThrow();
        assertThat(place.getTop()).isLessThanOrEqualTo(date.getBottom() - AppearancePlacement.GAP);
        assertThat(place.getLeft()).isLessThan(date.getRight());
        assertThat(place.getRight()).isGreaterThan(date.getLeft());
    }

    @Test
    void besideTheBlockWhenItEndsAtTheFootOfThePage() {
        Rectangle typeArea = new Rectangle(0, 0, 400, 600);
        Rectangle date = new Rectangle(250, 0, 100, 16);
        Rectangle name = new Rectangle(240, 30, 120, 16);
        List<Rectangle> drawn = List.of(new Rectangle(0, 100, 400, 500), name, date);
        Rectangle place = AppearancePlacement.find(typeArea, drawn, date, 150, 50).orElseThrow();
        assertThat(place.getRight()).isLessThanOrEqualTo(name.getLeft() - AppearancePlacement.GAP);
        assertThat(place.getTop()).isLessThanOrEqualTo(100 - AppearancePlacement.GAP);
    }

    @Test
    void aFullPageHasNoPlace() {
        Rectangle typeArea = new Rectangle(0, 0, 400, 600);
        assertThat(AppearancePlacement.find(typeArea, List.of(new Rectangle(0, 0, 400, 600)), typeArea, 100, 40)).isEmpty();
    }

    private record Glyph(String text, float left, float bottom, float right, float top) {
        boolean overlaps(Rectangle r) {
            return left < r.getRight() && right > r.getLeft() && bottom < r.getTop() && top > r.getBottom();
        }
    }

    /** Each character PDFBox finds on the page, with its box in PDF user space (origin bottom left). */
    private static List<Glyph> glyphs(Path pdf, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float height = doc.getPage(page - 1).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        float baseline = height - t.getYDirAdj();
                        glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), baseline - t.getFontSizeInPt() * 0.2f,
                                t.getXDirAdj() + t.getWidthDirAdj(), baseline + t.getHeightDir()));
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        }
        return glyphs;
    }
}
