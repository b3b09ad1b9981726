package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.published.ReportDataReader;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.Workspace;

/**
 * export --attach-records (issue 19): the PDF carries the consolidated records workbook as a second
 * PDF/A-3 associated file (Supplement, the xlsx MIME type) beside its data, stays PDF/A-3b, and the
 * report's data is still read as before.
 */
class AttachRecordsTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void export() {
        pdf = dir.resolve("r.pdf");
        CliRun run = CliRun.of("export", Path.of("samples", "demo.nianbao").toString(), "--pdf", pdf.toString(), "--attach-records");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void thePdfCarriesTheRecordsWorkbookAsASupplementAndStaysPdfA3b() throws Exception {
        int records = Workspace.standard().open(Path.of("samples", "demo.nianbao")).project().records().size();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("nianbao-report.json", "nianbao-records.xlsx");
            PDComplexFileSpecification spec = files.get("nianbao-records.xlsx");
            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Supplement");
            assertThat(files.get("nianbao-report.json").getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")))
                    .isEqualTo("Data");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo(XLSX);
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size()).isEqualTo(2);
            // The workbook inside is the consolidate output: one row per accepted record under its header.
            try (InputStream in = spec.getEmbeddedFile().createInputStream(); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet("主动公开汇总").getLastRowNum()).isEqualTo(records);
            }
        }
        var result = PdfAComplianceTest.validate(pdf);
        assertThat(result.isCompliant()).as(() -> result.getTestAssertions().stream()
                .filter(x -> x.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                .limit(5).map(Object::toString).toList().toString()).isTrue();
    }

    @Test
    void popplerListsBothAttachments() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("pdfdetach"), "pdfdetach is not installed here; .ci/run installs poppler-utils");
        Process p = new ProcessBuilder("pdfdetach", "-list", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("2 embedded files", "nianbao-report.json", "nianbao-records.xlsx");
    }

    @Test
    void verifyAndGatherStillReadTheReportsDataAndIgnoreTheWorkbook() throws Exception {
        assertThat(new ObjectMapper().readTree(ReportDataReader.read(pdf).orElseThrow()).get("institution").get("name").asText())
                .isEqualTo("东瓯职业技术学院");
        JsonNode verify = new ObjectMapper().readTree(CliRun.of("verify", pdf.toString(), "--json").out());
        assertThat(verify.get("data").get("attached").asBoolean()).isTrue();
        Path folder = Files.createDirectories(dir.resolve("收到的报告"));
        Files.copy(pdf, folder.resolve("东瓯.pdf"));
        JsonNode gather = new ObjectMapper().readTree(CliRun.of("gather", folder.toString(), "--out", dir.resolve("s.xlsx").toString(),
                "--json").out());
        assertThat(gather.get("reports").size()).isEqualTo(1);
        assertThat(gather.get("reports").get(0).get("source").asText()).isEqualTo("embedded");
    }

    @Test
    void attachRecordsWithoutAPdfIsAUsageError() {
        CliRun run = CliRun.of("export", Path.of("samples", "demo.nianbao").toString(), "--docx", dir.resolve("r.docx").toString(),
                "--attach-records");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--attach-records");
    }
}
