package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Programs;

/**
 * Another implementation agrees: poppler's {@code pdfsig} (CI installs poppler-utils) finds the
 * signature valid. Trust in the self-signed test certificate is "unknown" there, as expected.
 */
class SignInteropTest {
    @TempDir
    Path dir;

    @Test
    void pdfsigFindsBothSignaturesOfATwiceSignedReportValid() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("pdfsig"), "poppler-utils (pdfsig) is not installed");
        Path report = SignFixtures.demoPdf(dir, "report.pdf");
        Path once = dir.resolve("once.pdf");
        Path twice = dir.resolve("twice.pdf");
        SignFixtures.sign(report, TestKeys.valid(dir, "unit.p12"), once, "--reason", "审核通过", "--visible");
        SignFixtures.sign(once, TestKeys.valid(dir, "second.p12"), twice, "--reason", "同意报送");

        String one = pdfsig(once);
        assertThat(one).contains("Signature #1").contains("Signature is Valid").contains("Total document signed")
                .contains("ETSI.CAdES.detached");
        String two = pdfsig(twice);
        assertThat(two).contains("Signature #2");
        assertThat(two.split("Signature is Valid", -1)).as(two).hasSize(3);
    }

    private static String pdfsig(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

}
