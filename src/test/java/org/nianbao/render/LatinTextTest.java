package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.model.Project;
import org.nianbao.render.fonts.FontSource;
import org.nianbao.render.pdf.PdfRenderer;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** GB/T 9704: digits and Latin letters in a Times New Roman-style font, without breaking 避头尾. */
class LatinTextTest {
    /** The same sets the renderer enforces, spelled out so the test does not trust the code under test. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”,;)";
    private static final String NO_LINE_END = "（《「『“(";

    @TempDir
    Path dir;
    private final Workspace ws = Workspace.standard();

    private Path pdf(Project project) throws Exception {
        Path pdf = dir.resolve("r.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer(FontSource.bundledOnly())
                    .render(new DocumentComposer(ws.kind("moe-academic-year")).compose(project, LocalDate.of(2022, 10, 30)), out);
        }
        return pdf;
    }

    @Test
    void digitsAndLatinLettersAreDrawnInTinosAndChineseInTheRoleFont() throws Exception {
        Path pdf = pdf(Fixtures.project(ws).withProse("proactive",
                "本学年学校官网发布新闻612条，信息公开网发布信息190条，网址为https://xxgk.example.edu.cn。\n\n"
                        + "1.完善工作制度。学校修订了3项制度。"));
        assertThat(Extract.pdfFontsOf(pdf, "612")).containsOnly("Tinos-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "https://xxgk.example.edu.cn")).containsOnly("Tinos-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "条，信息公开网")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "2021-2022")).as("title digits beside 小标宋").containsOnly("Tinos-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "学院2021")).as("title").containsExactly(
                "NotoSerifSC-Black", "NotoSerifSC-Black", "Tinos-Bold", "Tinos-Bold", "Tinos-Bold", "Tinos-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "1.完善")).as("a bold 1. heading").containsExactly(
                "Tinos-Bold", "Tinos-Bold", "NotoSerifSC-Bold", "NotoSerifSC-Bold");
        assertThat(Extract.pdfFontsOf(pdf, "了3项")).containsExactly("NotoSerifSC-Regular", "Tinos-Regular", "NotoSerifSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "2022年10月30日")).as("signature date").startsWith("Tinos-Regular");
    }

    @Test
    void digitsAndLatinTextNextToPunctuationNeverLeaveItAloneAtALineStartOrEnd() throws Exception {
        // Every kind of font change next to punctuation, moved through every position of a 28-character line.
        StringBuilder prose = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            prose.append("字".repeat(k)).append("共收到申请2022，其中予以公开612。数据见附件（2）与（A），邮箱xxgk@example.edu.cn）。")
                    .append("文".repeat(30 - k)).append("。\n\n");
            prose.append("文".repeat(k)).append("比例为95%，发布“3”条，第1．2节；").append("字".repeat(30 - k)).append("。\n\n");
            // Half-width punctuation typed straight after Chinese: the Chinese run must not end a line before it.
            prose.append("字".repeat(k)).append("学校,学院和部门(见附件)都已公开;").append("文".repeat(30 - k)).append("。\n\n");
        }
        Path pdf = pdf(Fixtures.project(ws).withProse("other", prose.toString()));
        List<String> lines = Extract.pdfText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).hasSizeGreaterThan(300);
        for (String line : lines) {
            assertThat(NO_LINE_START.indexOf(line.charAt(0))).as("line starts with punctuation: %s", line).isNegative();
            assertThat(NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as("line ends with opening: %s", line).isNegative();
        }
        assertThat(Extract.pdfTextJoined(pdf)).contains("共收到申请2022，其中予以公开612。");
    }
}
