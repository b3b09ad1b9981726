package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Section;
import org.nianbao.testing.Extract;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/** The bundled sample opens, is complete, and exports. */
class SampleTest {
    private static final Path DEMO = Path.of("samples", "demo.nianbao");

    @TempDir
    Path dir;

    @Test
    void demoProjectHasProseForEverySection() throws Exception {
        ProjectSession s = Workspace.standard().open(DEMO);
        assertThat(s.project().institution().name()).isEqualTo("东瓯职业技术学院");
        assertThat(s.project().year().toString()).isEqualTo("2021-2022");
        assertThat(s.project().opening()).contains("2021年9月1日至2022年8月31日");
        assertThat(s.project().sections()).hasSize(8).allSatisfy(sec -> assertThat(sec.paragraphs()).as(sec.id()).isNotEmpty());
        assertThat(s.project().signOff().date()).hasToString("2022-10-28");
    }

    @Test
    void demoExportsToAPdfWithEveryParagraph() throws Exception {
        ProjectSession s = Workspace.standard().open(DEMO);
        Path pdf = dir.resolve("demo.pdf");
        s.export(pdf, null);
        String text = Extract.pdfTextJoined(pdf);
        for (Section sec : s.project().sections()) {
            for (String raw : sec.paragraphs()) {
                String p = s.fields().resolve(raw); // the prose quotes {{fields}}: the PDF prints their values
                assertThat(text).contains(p.substring(0, Math.min(30, p.length())));
            }
        }
        assertThat(text).contains("东瓯职业技术学院2022年10月28日");
    }
}
