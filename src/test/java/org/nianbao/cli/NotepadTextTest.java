package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;
import org.nianbao.workspace.Workspace;

/**
 * {@code prose --from} a text file as Windows Notepad saves it: CRLF line ends, "ANSI" (code page 936),
 * GB18030, or UTF-8 with a byte-order mark; project and text in folders and files with Chinese names.
 */
class NotepadTextTest {
    @TempDir
    Path dir;

    /** A text file as Notepad writes it: CRLF, in the given encoding, with a UTF-8 BOM when asked. */
    static Path notepadFile(Path file, String text, Charset cs, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write(text.replace("\n", "\r\n").getBytes(cs));
        Files.createDirectories(file.getParent());
        return Files.write(file, out.toByteArray());
    }

    private Path newProject() throws Exception {
        Path file = Files.createDirectories(dir.resolve("信息公开年报")).resolve("示例职业技术学院-2021-2022.nianbao");
        CliRun run = CliRun.of("new", "--kind", "moe-academic-year", "--year", "2021-2022",
                "--institution", "示例职业技术学院", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    private static String overview(Path project) throws Exception {
        return Workspace.standard().open(project).project().section("overview").orElseThrow().prose();
    }

    @Test
    void notepadsAnsiWithTheEuroSignThatGb18030LacksIsReadAsWindowsCodePage936() throws Exception {
        Path project = newProject();
        String text = "本学年依申请公开收费 €0 元。\n\n第二段：共受理申请 3 件。\n";
        Path from = notepadFile(dir.resolve("文稿").resolve("概述（记事本）.txt"), text, Charset.forName("x-mswin-936"), false);
        assertThat(Files.readAllBytes(from)).contains((byte) 0x80, (byte) '\r');

        CliRun run = CliRun.of("prose", project.toString(), "--section", "overview", "--from", from.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("GBK (Windows 936)");
        assertThat(overview(project)).isEqualTo("本学年依申请公开收费 €0 元。\n\n第二段：共受理申请 3 件。");
    }

    @Test
    void gb18030WithACharacterOutsideGbkKeepsIt() throws Exception {
        Path project = newProject();
        // 𠮷 (U+20BB7) has a four-byte GB18030 code and none in GBK.
        Path from = notepadFile(dir.resolve("𠮷祥.txt"), "“𠮷”字的老师参加了培训。\n", Charset.forName("GB18030"), false);

        CliRun run = CliRun.of("prose", project.toString(), "--section", "overview", "--from", from.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("GB18030");
        assertThat(overview(project)).isEqualTo("“𠮷”字的老师参加了培训。");
    }

    @Test
    void utf8WithBomAndCrlfLeavesNeitherMarkNorCarriageReturnInTheProse() throws Exception {
        Path project = newProject();
        Path from = notepadFile(dir.resolve("概述 UTF-8.txt"), "第一段。\n\n第二段，\n接着写。\n", StandardCharsets.UTF_8, true);

        CliRun run = CliRun.of("prose", project.toString(), "--section", "overview", "--from", from.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("GB18030").doesNotContain("GBK");
        String prose = overview(project);
        assertThat(prose).isEqualTo("第一段。\n\n第二段，\n接着写。").doesNotContain("\uFEFF").doesNotContain("\r");
    }
}
