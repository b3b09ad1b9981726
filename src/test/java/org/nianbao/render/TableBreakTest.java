package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.PdfLines;
import org.nianbao.workspace.Workspace;

/** A 清单 group row (五、教学质量信息) never ends a page alone, wherever the table starts. */
class TableBreakTest {
    @TempDir
    Path dir;

    @Test
    void aGroupRowAlwaysSharesItsPageWithTheFirstItemUnderIt() throws Exception {
        Workspace ws = Workspace.standard();
        List<String> alone = new ArrayList<>();
        // Move the table down a line at a time, so that every group row comes to a page's foot somewhere.
        for (int lines = 0; lines < 10; lines++) {
            String prose = "本表逐项列示清单事项的公开情况。\n\n".repeat(lines + 1);
            Path pdf = dir.resolve("r" + lines + ".pdf");
            ws.create(dir.resolve("r" + lines + ".nianbao"), Fixtures.project(ws).withProse("list-table", prose), false)
                    .export(pdf, null);
            List<PdfLines.Line> table = PdfLines.of(pdf).stream().filter(l -> Math.abs(l.size() - 12) < 0.5).toList();
            for (int i = 0; i < table.size(); i++) {
                PdfLines.Line line = table.get(i);
                boolean group = line.text().matches("[一二三四五六七八九十]+、.+");
                if (group && (i + 1 == table.size() || table.get(i + 1).page() != line.page())) {
                    alone.add(lines + " lines above the table: " + line.text() + " ends page " + line.page());
                }
            }
        }
        assertThat(alone).as("group rows alone at the foot of a page").isEmpty();
    }

    @Test
    void wordKeepsAGroupRowWithTheRowUnderIt() throws Exception {
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(null, docx);
        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(java.util.regex.Pattern.compile("<w:gridSpan w:val=\"5\"/>(?:(?!</w:p>).)*?<w:keepNext\\b[^>]*/>(?:(?!</w:p>).)*?五、教学质量信息")
                .matcher(xml).find()).as("the group row 五、教学质量信息 is kept with the next (w:keepNext)").isTrue();
    }
}
