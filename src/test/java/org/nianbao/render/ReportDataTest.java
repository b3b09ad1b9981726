package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.ReportData;
import org.nianbao.published.ReportDataReader;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Programs;

/**
 * The exported report carries its figures (issue 19): the PDF/A-3b as the associated file
 * nianbao-report.json, the DOCX as a custom XML part; the figures are the ones `fields` gives.
 */
class ReportDataTest {
    @TempDir
    static Path dir;
    static Path pdf;
    static Path docx;

    @BeforeAll
    static void export() {
        pdf = dir.resolve("r.pdf");
        docx = dir.resolve("r.docx");
        CliRun run = CliRun.of("export", Path.of("samples", "demo.nianbao").toString(), "--pdf", pdf.toString(), "--docx", docx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void thePdfCarriesTheFiguresThatFieldsGivesAndStaysPdfA3b() throws Exception {
        JsonNode data = new ObjectMapper().readTree(ReportDataReader.read(pdf).orElseThrow());
        assertThat(data.get("schemaVersion").asInt()).isEqualTo(ReportData.SCHEMA_VERSION);
        assertThat(data.get("institution").get("name").asText()).isEqualTo("东瓯职业技术学院");
        assertThat(data.get("window").get("start").asText()).isEqualTo("2021-09-01");
        JsonNode fields = new ObjectMapper().readTree(CliRun.of("fields", Path.of("samples", "demo.nianbao").toString(), "--json").out())
                .get("fields");
        assertThat(fields.size()).isPositive();
        for (JsonNode f : fields) {
            assertThat(data.get("fields").get(f.get("name").asText()).asText()).as(f.get("name").asText())
                    .isEqualTo(f.get("value").asText());
        }
        assertThat(data.get("items").size()).isEqualTo(50);
        var result = PdfAComplianceTest.validate(pdf);
        assertThat(result.isCompliant()).as(() -> result.getTestAssertions().stream()
                .filter(x -> x.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                .limit(5).map(Object::toString).toList().toString()).isTrue();
    }

    @Test
    void theXmpListsTheAttachmentWithTheExtensionSchemaThatDescribesIt() throws Exception {
        String xmp;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
        // Read as RDF (the packet writes simple properties as attributes), the way a reader of XMP sees it.
        var meta = com.itextpdf.kernel.xmp.XMPMetaFactory.parseFromString(xmp);
        String ns = "urn:nianbao:pdfa:report-data:1#";
        assertThat(meta.getPropertyString(ns, "DocumentFileName")).isEqualTo(ReportData.FILE_NAME);
        assertThat(meta.getPropertyString(ns, "DocumentType")).isEqualTo("REPORT_DATA");
        assertThat(meta.getPropertyString(ns, "Version")).isEqualTo(String.valueOf(ReportData.SCHEMA_VERSION));
        String ext = "http://www.aiim.org/pdfa/ns/extension/";
        String schema = "http://www.aiim.org/pdfa/ns/schema#";
        String property = "http://www.aiim.org/pdfa/ns/property#";
        assertThat(meta.countArrayItems(ext, "schemas")).isEqualTo(1);
        assertThat(meta.getStructField(ext, "schemas[1]", schema, "namespaceURI").getValue()).isEqualTo(ns);
        assertThat(meta.getStructField(ext, "schemas[1]", schema, "prefix").getValue()).isEqualTo("nb");
        java.util.List<String> described = new java.util.ArrayList<>();
        for (int i = 1; i <= meta.countArrayItems(ext, "schemas[1]/pdfaSchema:property"); i++) {
            described.add(meta.getStructField(ext, "schemas[1]/pdfaSchema:property[" + i + "]", property, "name").getValue());
        }
        assertThat(described).containsExactly("DocumentFileName", "DocumentType", "Version");
        // iText merged its own entries into the packet: the PDF/A-3 part and the title are still there.
        assertThat(meta.getPropertyString("http://www.aiim.org/pdfa/ns/id/", "part")).isEqualTo("3");
        assertThat(xmp).contains("东瓯职业技术学院");
    }

    @Test
    void popplerListsTheAttachment() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("pdfdetach"), "pdfdetach is not installed here; .ci/run installs poppler-utils");
        Process p = new ProcessBuilder("pdfdetach", "-list", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("1 embedded files", "nianbao-report.json");
    }

    @Test
    void theDocxCarriesTheSameDataAsACustomXmlPart() throws Exception {
        String fromDocx = ReportDataReader.read(docx).orElseThrow();
        JsonNode a = new ObjectMapper().readTree(fromDocx);
        JsonNode b = new ObjectMapper().readTree(ReportDataReader.read(pdf).orElseThrow());
        assertThat(a).isEqualTo(b);
        assertThat(ReportDataReader.read(Path.of("samples", "demo.nianbao"))).as("a project is no report").isEmpty();
        Files.writeString(dir.resolve("x.txt"), "text", StandardCharsets.UTF_8);
        assertThat(ReportDataReader.read(dir.resolve("x.txt"))).isEmpty();
    }
}
