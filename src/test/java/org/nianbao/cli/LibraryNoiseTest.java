package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

/** A file refused in Nianbao's words leaves no library ERROR line or stack trace on the console. */
class LibraryNoiseTest {
    @TempDir
    Path dir;

    private static String console(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWorkbookWithABrokenXmlPartAndAPdfWithoutItsXrefAreRefusedQuietly() throws Exception {
        Path project = dir.resolve("r.nianbao");
        assertThat(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()).exitCode()).isZero();
        assertThat(CliRun.of("departments", project.toString(), "add", "教务处").exitCode()).isZero();
        Path templates = dir.resolve("tpl");
        assertThat(CliRun.of("templates", project.toString(), "--out", templates.toString()).exitCode()).isZero();
        // The template with a character reference XML 1.0 forbids in its properties: POI logs a SAX stack trace.
        Path broken = dir.resolve("教务处.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx")));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("docProps/core.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("</dc:creator>", "&#27;</dc:creator>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        CliRun[] imported = new CliRun[1];
        String importNoise = console(() -> imported[0] = CliRun.of("import", project.toString(), broken.toString()));
        assertThat(imported[0].exitCode()).isNotEqualTo(Cli.INTERNAL);
        assertThat(importNoise).doesNotContain("ERROR", "SAXParseException", "\tat ");

        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n", StandardCharsets.ISO_8859_1);
        CliRun[] verified = new CliRun[1];
        String verifyNoise = console(() -> verified[0] = CliRun.of("verify", pdf.toString()));
        assertThat(verified[0].exitCode()).isNotEqualTo(Cli.INTERNAL);
        assertThat(verifyNoise).doesNotContain("ERROR", "\tat ");
    }
}
