package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.Workspace;

/**
 * LibreOffice Writer opens the DOCX (no repair, real conversion) and what it prints is the text of
 * our own PDF, word for word.
 */
class DocxOpensInLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheDocxToAPdfWithTheSameTextAsOurs() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("soffice"), "soffice is not installed here; .ci/run installs libreoffice-writer-nogui");
        Path pdf = dir.resolve("demo.pdf");
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, docx);

        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path converted = out.resolve("demo.pdf");
        assertThat(converted).exists();

        String ours = SameTextTest.withoutRepeatedHeaders(SameTextTest.compact(Extract.pdfTextJoined(pdf)));
        String theirs = SameTextTest.withoutRepeatedHeaders(SameTextTest.compact(Extract.pdfTextJoined(converted)));
        // LibreOffice lets full-width punctuation hang into the margin and draws it apart, so PDF text
        // extraction moves it; compare the words without punctuation, and the punctuation as a tally.
        assertThat(SameTextTest.firstDifference(words(theirs), words(ours))).as("first difference (LibreOffice | ours)").isEmpty();
        java.util.Map<String, Long> lo = tally(theirs);
        java.util.Map<String, Long> mine = tally(ours);
        // Seen with LibreOffice 7.4: a "，" that falls right after the last character of a page is not
        // printed at all (nor on the next page). Allow that one mark, nothing else.
        long missingCommas = mine.getOrDefault("，", 0L) - lo.getOrDefault("，", 0L);
        assertThat(missingCommas).as("commas LibreOffice dropped at page ends").isBetween(0L, 2L);
        lo.remove("，");
        mine.remove("，");
        assertThat(lo).isEqualTo(mine);
    }

    private static String words(String text) {
        return text.replaceAll("\\p{P}", "");
    }

    private static java.util.Map<String, Long> tally(String text) {
        return text.replaceAll("[^\\p{P}]", "").codePoints().mapToObj(Character::toString)
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

}
