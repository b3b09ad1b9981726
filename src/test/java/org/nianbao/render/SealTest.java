package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.testing.CliRun;

/** The seal (a transparent PNG) is printed over the signature of the exported PDF, which stays PDF/A. */
class SealTest {
    @TempDir
    Path dir;

    static Path sealPng(Path file) throws Exception {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(220, 0, 0, 210));
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, 280, 280);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void theSealLandsOnTheSignaturePageOnlyAndThePdfStaysPdfA() throws Exception {
        Path project = dir.resolve("demo.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), project);
        CliRun sealed = CliRun.of("seal", project.toString(), "--image", sealPng(dir.resolve("seal.png")).toString());
        assertThat(sealed.exitCode()).as(sealed.err()).isZero();
        Path pdf = dir.resolve("sealed.pdf");
        assertThat(CliRun.of("export", project.toString(), "--pdf", pdf.toString()).exitCode()).isZero();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                boolean signaturePage = text.getText(doc).contains("2022年10月28日");
                assertThat(images(doc.getPage(i))).as("images on page %d", i + 1).isEqualTo(signaturePage ? 1 : 0);
            }
        }
        assertThat(PdfAComplianceTest.validate(pdf).isCompliant()).isTrue();

        Path docx = dir.resolve("sealed.docx");
        assertThat(CliRun.of("export", project.toString(), "--docx", docx.toString()).exitCode()).isZero();
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            var date = doc.getParagraphs().stream().filter(p -> p.getText().equals("2022年10月28日")).findFirst().orElseThrow();
            String xml = date.getCTP().xmlText();
            assertThat(xml).as("a floating picture over the date, not an inline one").contains("anchor").doesNotContain("inline");
        }

        assertThat(CliRun.of("seal", project.toString(), "--remove").exitCode()).isZero();
        assertThat(CliRun.of("export", project.toString(), "--pdf", pdf.toString()).exitCode()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int total = 0;
            for (PDPage page : doc.getPages()) {
                total += images(page);
            }
            assertThat(total).isZero();
        }
    }

    @Test
    void somethingThatIsNotAPngIsRefusedAndNothingChanges() throws Exception {
        Path project = dir.resolve("demo.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), project);
        byte[] before = Files.readAllBytes(project);
        Path jpeg = dir.resolve("seal.jpg");
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());
        CliRun run = CliRun.of("seal", project.toString(), "--image", jpeg.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("PNG");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    private static int images(PDPage page) throws Exception {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }
}
