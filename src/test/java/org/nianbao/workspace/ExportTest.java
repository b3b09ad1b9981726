package org.nianbao.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.testing.Fixtures;

/** The one export the command line and the app share (ProjectSession.export): refuse, draft, final with a workbook. */
class ExportTest {
    private final Workspace ws = Workspace.standard();

    @Test
    void aFinalExportWithAnErrorStandingWritesNothingAndSaysWhich(@TempDir Path dir) throws Exception {
        ProjectSession s = ws.create(dir.resolve("r.nianbao"), Fixtures.project(ws), false);
        List<Finding> errors = s.check().stream().filter(Finding::blocking).toList();
        assertThat(errors).isNotEmpty();
        ExportResult result = s.export(new ExportRequest(dir.resolve("r.pdf"), dir.resolve("r.docx"), dir.resolve("r.xlsx"),
                false, Finding::code, null, null, false));
        assertThat(result.exported()).isFalse();
        assertThat(result.blocking()).extracting(Finding::code).containsExactlyElementsOf(errors.stream().map(Finding::code).toList());
        assertThat(result.written()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("r.nianbao");
        }
    }

    @Test
    void aDraftListsTheOpenFindingsInTheFrontEndsWordsAndWritesTheWorkbookToo(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("demo.nianbao");
        Files.copy(Fixtures.repositoryRoot().resolve("samples/demo.nianbao"), copy);
        ProjectSession s = ws.open(copy);
        ExportResult result = s.export(new ExportRequest(dir.resolve("d.pdf"), null, dir.resolve("d.xlsx"), true,
                f -> "待处理：" + f.code(), null, null, false));
        assertThat(result.exported()).isTrue();
        assertThat(result.written()).containsExactly(dir.resolve("d.pdf"), dir.resolve("d.xlsx"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("d.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("草稿");
        List<Finding> open = s.check().stream().filter(f -> f.severity() != Finding.Severity.INFO && !f.overridden()).toList();
        if (!open.isEmpty()) {
            assertThat(text.replaceAll("\\s", "")).contains("待处理：" + open.get(0).code());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("d.xlsx").toFile())) {
            int rows = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                rows += wb.getSheetAt(i).getPhysicalNumberOfRows();
            }
            assertThat(rows).isGreaterThan(s.project().records().size());
        }
    }

    @Test
    void aSignatureIsRefusedForADraftOrWithoutAPdf() {
        ExportRequest.KeyOpener key = () -> {
            throw new AssertionError("the key must not be opened");
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportRequest(Path.of("a.pdf"), null, null, true, null, key, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportRequest(null, Path.of("a.docx"), null, false, null, key, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
