package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.testing.CliRun;

/** The {@code sign} command as a school's secretary uses it, and every way it refuses. */
class SignCommandTest {
    @TempDir
    Path dir;

    @Test
    void signingTheSampleReportGivesAPdfThatITextVerifies() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path key = TestKeys.valid(dir, "unit.p12");
        Path signed = dir.resolve("signed.pdf");

        CliRun run = SignFixtures.sign(report, key, signed, "--reason", "审核通过", "--location", "温州");

        assertThat(run.out()).contains("已签署").contains("Signature1").contains(TestKeys.SCHOOL);
        assertThat(run.err()).contains("自签名证书");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(signed.toFile()))) {
            SignatureUtil util = new SignatureUtil(pdf);
            assertThat(util.getSignatureNames()).containsExactly("Signature1");
            assertThat(util.signatureCoversWholeDocument("Signature1")).isTrue();
            PdfPKCS7 pkcs7 = util.readSignatureData("Signature1");
            assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(pkcs7.getReason()).isEqualTo("审核通过");
            assertThat(pkcs7.getLocation()).isEqualTo("温州");
            assertThat(pkcs7.getFilterSubtype().getValue()).isEqualTo("ETSI.CAdES.detached");
            assertThat(pkcs7.getSigningCertificate().getSubjectX500Principal().getName()).contains(TestKeys.SCHOOL);
        }
        // Append mode: the unsigned report is the signed file's first revision, byte for byte.
        byte[] original = Files.readAllBytes(report);
        byte[] result = Files.readAllBytes(signed);
        assertThat(Arrays.copyOf(result, original.length)).isEqualTo(original);
    }

    @Test
    void verifySaysTheReportsDataIsAttachedAndCoveredByTheSignatureUntilTheFileIsChanged() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path signed = dir.resolve("signed.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), signed, "--reason", "审核通过");
        com.fasterxml.jackson.databind.JsonNode ok = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("verify", signed.toString(), "--json").out());
        assertThat(ok.get("data").get("attached").asBoolean()).isTrue();
        assertThat(ok.get("data").get("covered").asBoolean()).isTrue();
        assertThat(CliRun.of("verify", signed.toString()).out()).contains("已内嵌，且在最后一个签名的保护范围内");

        // Something appended after the signature: the data is no longer covered by it.
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, Files.readAllBytes(signed));
        Files.write(tampered, "\n% appended\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        com.fasterxml.jackson.databind.JsonNode changed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("verify", tampered.toString(), "--json").out());
        assertThat(changed.get("data").get("covered").asBoolean()).isFalse();
    }

    @Test
    void aSecondSignatureIsAppendedAndTheFirstStaysValid() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path once = dir.resolve("once.pdf");
        Path twice = dir.resolve("twice.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "office.p12"), once, "--reason", "审核通过", "--visible");

        CliRun second = SignFixtures.sign(once, TestKeys.valid(dir, "president.p12"), twice, "--reason", "同意报送", "--visible");

        assertThat(second.out()).contains("Signature2").contains("原文件已有 1 个签名");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(twice.toFile()))) {
            SignatureUtil util = new SignatureUtil(pdf);
            assertThat(util.getSignatureNames()).containsExactlyInAnyOrder("Signature1", "Signature2");
            assertThat(util.readSignatureData("Signature1").verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(util.readSignatureData("Signature2").verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(util.signatureCoversWholeDocument("Signature1")).isFalse();
            assertThat(util.signatureCoversWholeDocument("Signature2")).isTrue();
        }
        CliRun verify = CliRun.of("verify", twice.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("签名 1：Signature1").contains("签名 2：Signature2").contains("验证通过：2 个签名");
    }

    @Test
    void theOutputMayReplaceTheInput() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), report);
        assertThat(CliRun.of("verify", report.toString()).exitCode()).isZero();
        assertThat(SignFixtures.filesIn(dir)).extracting(p -> p.getFileName().toString()).containsExactly("report.pdf", "unit.p12");
    }

    @Test
    void anExpiredCertificateIsRefusedUnlessAllowedAndThenWarned() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path key = TestKeys.expired(dir);
        Path signed = dir.resolve("signed.pdf");

        CliRun allowed = SignFixtures.sign(report, key, signed, "--allow-expired");

        assertThat(allowed.err()).contains("警告：证书已于").contains("过期");
        CliRun verify = CliRun.of("verify", signed.toString());
        // Intact and covering the file: the signature holds; the report says the certificate had expired.
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("签署时不在有效期内");
    }

    @Test
    void severalKeysNeedAnAliasAndTheAliasPicksOne() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path key = TestKeys.twoKeys(dir.resolve("two.p12"));
        Path signed = dir.resolve("signed.pdf");

        CliRun refused = SignFixtures.run(TestKeys.PASSWORD + "\n", "sign", report.toString(), "--keystore", key.toString(), "--out", signed.toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(refused.err()).contains("多个密钥").contains("office").contains("president");
        assertThat(signed).doesNotExist();

        CliRun chosen = SignFixtures.sign(report, key, signed, "--alias", "president");
        assertThat(chosen.out()).contains(TestKeys.SCHOOL + " president");
    }

    @Test
    void aPasswordPipedWithAWindowsLineEndWorks() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path key = TestKeys.valid(dir, "unit.p12");
        Path signed = dir.resolve("signed.pdf");
        CliRun run = SignFixtures.run(TestKeys.PASSWORD + "\r\n", "sign", report.toString(), "--keystore", key.toString(), "--out", signed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void thePasswordComesFromTheNamedEnvironmentVariable() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path key = TestKeys.valid(dir, "unit.p12");
        Path signed = dir.resolve("signed.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.nianbao.Main",
                "sign", report.toString(), "--keystore", key.toString(), "--password-env", "UNIT_P12_PASSWORD",
                "--out", signed.toString())
                .redirectErrorStream(true);
        pb.environment().put("UNIT_P12_PASSWORD", TestKeys.PASSWORD);
        Process p = pb.start();
        p.getOutputStream().close(); // nothing on stdin: the password must come from the variable
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(CliRun.of("verify", signed.toString()).exitCode()).isZero();

        CliRun unset = CliRun.of("sign", report.toString(), "--keystore", key.toString(), "--password-env", "NIANBAO_NO_SUCH_VARIABLE",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(unset.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(unset.err()).contains("NIANBAO_NO_SUCH_VARIABLE");
    }

    @Test
    void everyRefusalLeavesNoFileAndTheInputUntouched() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        byte[] before = Files.readAllBytes(report);
        Path good = TestKeys.valid(dir, "unit.p12");
        Path notPdf = dir.resolve("report.txt");
        Files.writeString(notPdf, "这不是 PDF");
        Path certOnly = TestKeys.certificateOnly(dir.resolve("cert-only.p12"));
        Path expired = TestKeys.expired(dir);
        Path future = TestKeys.notYetValid(dir);
        Path garbage = dir.resolve("garbage.p12");
        Files.writeString(garbage, "not a key store");
        List<Path> fixtures = SignFixtures.filesIn(dir);
        Path out = dir.resolve("signed.pdf");

        record Case(String name, String password, Path input, Path keystore, List<String> more, int exit, String zh, String en) {
        }
        List<Case> cases = List.of(
                new Case("wrong password", "wrong", report, good, List.of(), Cli.INPUT, "密码不正确", "Wrong password"),
                new Case("alias not found", TestKeys.PASSWORD, report, good, List.of("--alias", "seal"), Cli.INPUT, "没有别名为“seal”", "no key with the alias \"seal\""),
                new Case("no private key", TestKeys.PASSWORD, report, certOnly, List.of(), Cli.INPUT, "没有私钥", "no private key"),
                new Case("expired", TestKeys.PASSWORD, report, expired, List.of(), Cli.INPUT, "已于", "expired on"),
                new Case("not yet valid", TestKeys.PASSWORD, report, future, List.of(), Cli.INPUT, "尚未生效", "not valid yet"),
                new Case("not a pdf", TestKeys.PASSWORD, notPdf, good, List.of(), Cli.INPUT, "不是 PDF 文件", "is not a PDF file"),
                new Case("not a key store", TestKeys.PASSWORD, report, garbage, List.of(), Cli.INPUT, "不是 PKCS#12", "is not a PKCS#12"),
                new Case("missing key store", TestKeys.PASSWORD, report, dir.resolve("nope.p12"), List.of(), Cli.IO, "找不到证书文件", "Key store not found"),
                new Case("missing pdf", TestKeys.PASSWORD, dir.resolve("nope.pdf"), good, List.of(), Cli.IO, "找不到 PDF 文件", "PDF not found"));
        for (Case c : cases) {
            for (String lang : List.of("zh", "en")) {
                List<String> args = new ArrayList<>(List.of("--lang", lang, "sign", c.input().toString(),
                        "--keystore", c.keystore().toString(), "--out", out.toString()));
                args.addAll(c.more());
                CliRun run = SignFixtures.run(c.password() + "\n", args.toArray(String[]::new));
                assertThat(run.exitCode()).as(c.name() + " " + lang + ": " + run.err()).isEqualTo(c.exit());
                assertThat(run.err()).as(c.name()).contains(lang.equals("zh") ? c.zh() : c.en());
                assertThat(out).as(c.name()).doesNotExist();
                assertThat(SignFixtures.filesIn(dir)).as(c.name() + ": no temp file left").isEqualTo(fixtures);
            }
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
    }

    @Test
    void withoutAKeystoreItIsAUsageError() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        CliRun run = CliRun.of("sign", report.toString(), "--out", dir.resolve("s.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--keystore");
    }
}
