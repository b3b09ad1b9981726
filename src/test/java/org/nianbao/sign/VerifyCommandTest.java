package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.testing.CliRun;

/** {@code verify}: what it reports, and that it notices a change after signing. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    private Path signedReport() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path signed = dir.resolve("signed.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), signed, "--reason", "审核通过", "--location", "温州");
        return signed;
    }

    @Test
    void aSignedReportVerifiesAndTheTableNamesSignerTimeCoverageAndCertificate() throws Exception {
        Path signed = signedReport();
        CliRun run = CliRun.of("verify", signed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("签名 1：Signature1（第 1 版，共 1 版）")
                .contains("  签署人：" + TestKeys.SCHOOL)
                .contains("签署时间：")
                .contains("事由：审核通过；地点：温州")
                .contains("完整性：完好")
                .contains("覆盖范围：整个文件")
                .contains("证书有效期：")
                .contains("自签名")
                .contains("验证通过");
        CliRun en = CliRun.of("--lang", "en", "verify", signed.toString());
        assertThat(en.out()).contains("Integrity: intact").contains("Covers: the whole file").contains("Valid: all 1 signature(s) intact");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Path signed = signedReport();
        CliRun run = CliRun.of("verify", signed.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("file").asText()).isEqualTo(signed.toString());
        JsonNode s = json.at("/signatures/0");
        assertThat(s.get("field").asText()).isEqualTo("Signature1");
        assertThat(s.get("signer").asText()).contains("CN=" + TestKeys.SCHOOL);
        assertThat(s.get("signerName").asText()).isEqualTo(TestKeys.SCHOOL);
        assertThat(s.get("signingTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(s.get("reason").asText()).isEqualTo("审核通过");
        assertThat(s.get("location").asText()).isEqualTo("温州");
        assertThat(s.get("revision").asInt()).isEqualTo(1);
        assertThat(s.get("totalRevisions").asInt()).isEqualTo(1);
        assertThat(s.get("coversWholeDocument").asBoolean()).isTrue();
        assertThat(s.get("intact").asBoolean()).isTrue();
        assertThat(s.get("problem").isNull()).isTrue();
        assertThat(s.at("/certificate/notBefore").asText()).isNotEmpty();
        assertThat(s.at("/certificate/notAfter").asText()).isNotEmpty();
        assertThat(s.at("/certificate/selfSigned").asBoolean()).isTrue();
        assertThat(s.at("/certificate/validAtSigningTime").asBoolean()).isTrue();
        assertThat(s.at("/certificate/issuer").asText()).contains(TestKeys.SCHOOL);
    }

    @Test
    void flippingOneByteOfTheFirstContentStreamFailsTheIntegrityCheck() throws Exception {
        Path signed = signedReport();
        byte[] bytes = Files.readAllBytes(signed);
        int at = middleOfFirstContentStream(signed, bytes);
        bytes[at] ^= 0x01;
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bytes);

        CliRun run = CliRun.of("verify", tampered.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.out()).contains("完整性：校验失败").contains("验证未通过：签名 Signature1 完整性校验失败");
        CliRun json = CliRun.of("verify", tampered.toString(), "--json");
        assertThat(json.exitCode()).isEqualTo(Cli.INPUT);
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.at("/signatures/0/intact").asBoolean()).isFalse();
        assertThat(CliRun.of("--lang", "en", "verify", tampered.toString()).out()).contains("failed the integrity check");
    }

    @Test
    void aChangeAppendedAfterTheSignatureIsReported() throws Exception {
        Path signed = signedReport();
        Path changed = dir.resolve("changed.pdf");
        // An incremental update that signs nothing, e.g. a viewer saving an edit.
        try (PdfDocument pdf = new PdfDocument(new PdfReader(signed.toFile()), new com.itextpdf.kernel.pdf.PdfWriter(changed.toFile()),
                new com.itextpdf.kernel.pdf.StampingProperties().useAppendMode())) {
            pdf.getDocumentInfo().setTitle("改过的标题");
        }
        CliRun run = CliRun.of("verify", changed.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.out()).contains("完整性：完好").contains("仅其签署时的版本").contains("之后文件又被修改过");
    }

    @Test
    void aPdfWithoutSignaturesIsNotValid() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        CliRun run = CliRun.of("verify", report.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.out()).contains("该文件没有数字签名");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("verify", report.toString(), "--json").out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("signatures")).isEmpty();
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedAndAMissingFileIsAnIoFailure() throws Exception {
        Path text = dir.resolve("report.pdf");
        Files.writeString(text, "<html>not a pdf</html>", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("verify", text.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("不是 PDF 文件");
        CliRun missing = CliRun.of("--lang", "en", "verify", dir.resolve("nope.pdf").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.IO);
        assertThat(missing.err()).contains("PDF not found");
    }

    /** The offset of a byte in the middle of page 1's first content stream (inside the signed range). */
    static int middleOfFirstContentStream(Path pdf, byte[] bytes) throws Exception {
        int objNr;
        int length;
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfStream stream = doc.getPage(1).getFirstContentStream();
            objNr = stream.getIndirectReference().getObjNumber();
            length = stream.getAsNumber(PdfName.Length).intValue();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int obj = text.indexOf("\n" + objNr + " 0 obj");
        assertThat(obj).as("object %s", objNr).isPositive();
        int start = text.indexOf("stream", obj) + "stream".length();
        while (bytes[start] == '\r' || bytes[start] == '\n') {
            start++;
        }
        return start + length / 2;
    }
}
