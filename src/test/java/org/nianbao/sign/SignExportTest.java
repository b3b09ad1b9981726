package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.testing.CliRun;

/** {@code export --sign}: export and sign in one step; a draft is never signed. */
class SignExportTest {
    @TempDir
    Path dir;

    private Path demoProject() throws Exception {
        Path file = dir.resolve("demo.nianbao");
        Files.copy(Path.of("samples", "demo.nianbao"), file);
        return file;
    }

    @Test
    void exportWithSignWritesASignedPdfAndNothingElse() throws Exception {
        Path project = demoProject();
        Path key = TestKeys.valid(dir, "unit.p12");
        Path pdf = dir.resolve("out").resolve("signed.pdf");
        Path docx = dir.resolve("out").resolve("report.docx");

        CliRun run = SignFixtures.run(TestKeys.PASSWORD + "\n", "export", project.toString(), "--pdf", pdf.toString(),
                "--docx", docx.toString(), "--sign", "--keystore", key.toString(), "--reason", "审核通过", "--visible");

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("已签署").contains("已导出");
        CliRun verify = CliRun.of("verify", pdf.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(docx).exists();
        assertThat(SignFixtures.filesIn(pdf.getParent())).extracting(p -> p.getFileName().toString())
                .containsExactly("report.docx", "signed.pdf");
    }

    @Test
    void aWrongPasswordWritesNoFile() throws Exception {
        Path project = demoProject();
        Path key = TestKeys.valid(dir, "unit.p12");
        Path pdf = dir.resolve("signed.pdf");
        CliRun run = SignFixtures.run("wrong\n", "export", project.toString(), "--pdf", pdf.toString(),
                "--sign", "--keystore", key.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("密码不正确");
        assertThat(SignFixtures.filesIn(dir)).extracting(p -> p.getFileName().toString()).containsExactly("demo.nianbao", "unit.p12");
    }

    @Test
    void aDraftIsNeverSigned() throws Exception {
        Path project = demoProject();
        Path key = TestKeys.valid(dir, "unit.p12");
        Path pdf = dir.resolve("draft.pdf");
        CliRun run = SignFixtures.run(TestKeys.PASSWORD + "\n", "export", project.toString(), "--pdf", pdf.toString(),
                "--draft", "--sign", "--keystore", key.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("草稿不能签署");
        assertThat(pdf).doesNotExist();
        CliRun en = CliRun.of("--lang", "en", "export", project.toString(), "--pdf", pdf.toString(), "--draft", "--sign",
                "--keystore", key.toString());
        assertThat(en.err()).contains("A draft cannot be signed");
    }

    @Test
    void signingOptionsWithoutSignOrWithoutPdfAreUsageErrors() throws Exception {
        Path project = demoProject();
        Path key = TestKeys.valid(dir, "unit.p12");
        CliRun noSign = CliRun.of("export", project.toString(), "--pdf", dir.resolve("a.pdf").toString(), "--keystore", key.toString());
        assertThat(noSign.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(noSign.err()).contains("--sign");
        CliRun noPdf = CliRun.of("export", project.toString(), "--docx", dir.resolve("a.docx").toString(), "--sign", "--keystore", key.toString());
        assertThat(noPdf.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(noPdf.err()).contains("--pdf");
        CliRun noKey = CliRun.of("export", project.toString(), "--pdf", dir.resolve("a.pdf").toString(), "--sign");
        assertThat(noKey.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(noKey.err()).contains("--keystore");
        assertThat(SignFixtures.filesIn(dir)).extracting(p -> p.getFileName().toString()).containsExactly("demo.nianbao", "unit.p12");
    }
}
