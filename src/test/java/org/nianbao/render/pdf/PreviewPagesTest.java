package org.nianbao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nianbao.compose.Document;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/**
 * The live preview draws what export writes: the preview's lighter PDF (no PDF/A checks, metadata or
 * attached figures, uncompressed) has the exported report's pages, each with the same text in the
 * same places, for the whole-season sample.
 */
class PreviewPagesTest {
    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                out.add(text.getText(doc));
            }
        }
        return out;
    }

    @Test
    void thePreviewOfTheSampleHasTheExportedPagesWithTheSameTextOnEach() throws Exception {
        Workspace ws = Workspace.standard();
        Document document = ws.open(Fixtures.repositoryRoot().resolve("samples/demo.nianbao")).compose();
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new PdfRenderer().render(document, exported);
        ByteArrayOutputStream preview = new ByteArrayOutputStream();
        new PdfRenderer().renderPreview(document, preview);

        List<String> filed = pages(exported.toByteArray());
        List<String> shown = pages(preview.toByteArray());
        assertThat(filed).hasSizeGreaterThan(10);
        assertThat(shown).containsExactlyElementsOf(filed);
        assertThat(String.join("", shown)).contains("东瓯职业技术学院", "— 1 —");
    }
}
