package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

/** A certificate whose name holds terminal commands: sign and verify show them written out, never obeyed. */
class CertificateEscapesTest {
    @TempDir
    Path dir;

    @Test
    void aSignersNameWithEscapeSequencesIsShownEscapedBySignAndVerify() throws Exception {
        String hostile = TestKeys.SCHOOL + "\u001B]0;pwned\u0007\u001B[2J\u202E";
        Path keys = TestKeys.p12(dir.resolve("hostile.p12"), "nianbao", "CN=" + hostile + ",C=CN",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        Path signed = dir.resolve("signed.pdf");
        CliRun sign = SignFixtures.sign(SignFixtures.demoPdf(dir, "report.pdf"), keys, signed, "--reason", "审核\u001B[31m通过");
        CliRun verify = CliRun.of("verify", signed.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        for (CliRun run : new CliRun[] {sign, verify}) {
            assertThat(run.out() + run.err()).doesNotContain("\u001B", "\u0007", "\u202E");
        }
        assertThat(sign.out() + verify.out()).contains(TestKeys.SCHOOL + "\\u001B]0;pwned\\u0007\\u001B[2J\\u202E");
        assertThat(verify.out()).contains("审核\\u001B[31m通过");
    }
}
