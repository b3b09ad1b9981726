package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF agrees a signed report is still PDF/A-3b: invisible, visible, and signed twice. */
class SignedPdfATest {
    @TempDir
    Path dir;

    @Test
    void aSignedReportStaysPdfA2b() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path signed = dir.resolve("signed.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), signed, "--reason", "审核通过");
        ValidationResult result = SignFixtures.pdfA2b(signed);
        assertThat(result.isCompliant()).as(() -> SignFixtures.failures(result)).isTrue();
    }

    @Test
    void aVisibleSignatureWithChineseTextSignedTwiceStaysPdfA2b() throws Exception {
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path once = dir.resolve("once.pdf");
        Path twice = dir.resolve("twice.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), once, "--reason", "审核通过", "--location", "温州", "--visible");
        ValidationResult first = SignFixtures.pdfA2b(once);
        assertThat(first.isCompliant()).as(() -> SignFixtures.failures(first)).isTrue();

        SignFixtures.sign(once, TestKeys.valid(dir, "second.p12"), twice, "--reason", "同意报送", "--visible");
        ValidationResult second = SignFixtures.pdfA2b(twice);
        assertThat(second.isCompliant()).as(() -> SignFixtures.failures(second)).isTrue();
    }
}
