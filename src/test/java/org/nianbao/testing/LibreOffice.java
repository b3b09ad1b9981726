package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** LibreOffice, headless, as a second program that lays out our DOCX (installed by .ci/run). */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static boolean installed() {
        return Programs.onPath("soffice");
    }

    /** Converts a document to PDF in {@code work} (with a fresh profile there) and returns the PDF. */
    public static Path toPdf(Path document, Path work) throws IOException, InterruptedException {
        Path out = Files.createDirectories(work.resolve("lo"));
        Path log = work.resolve("soffice.log");
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", out.toString(), document.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 120 s");
        }
        String name = document.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (p.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IOException("soffice failed: " + Files.readString(log));
        }
        return pdf;
    }
}
