package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** The calendar-year report prints the government Tables 3 and 4 with the figures typed in. */
class FormTablesRenderTest {
    @TempDir
    Path dir;

    @Test
    void aSectionHeadingDirectlyAboveATableNeverEndsAPage() throws Exception {
        Workspace ws = Workspace.standard();
        Project p = ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2021"),
                new org.nianbao.model.Institution("示例市职业技术学院", "", "", "", "", ""));
        for (String row : java.util.List.of("1", "2", "3.1", "3.2", "3.4.1", "3.7", "4")) {
            p = p.withTableEntry("3", row, "natural", BigDecimal.ONE).withTableEntry("3", row, "total", BigDecimal.ONE);
        }
        Path pdf = dir.resolve("r.pdf");
        ws.create(dir.resolve("r.nianbao"), p, false).export(pdf, null);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            int pages = 0;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                if (page.contains("四、政府信息公开行政复议、行政诉讼情况")) {
                    pages++;
                    assertThat(page).as("page %d holds the heading and the start of Table 4", i).contains("件数");
                }
            }
            assertThat(pages).isOne();
        }
    }

    @Test
    void tables3And4ShowTheTypedFiguresInPdfAndDocx() throws Exception {
        Workspace ws = Workspace.standard();
        Project p = ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2021-2022"), Fixtures.institution())
                .withProse("overview", "本年度学校认真贯彻落实政府信息公开条例。")
                .withTableEntry("3", "1", "natural", new BigDecimal("7"))
                .withTableEntry("3", "3.7", "natural", new BigDecimal("7"))
                .withTableEntry("4", "count", "review.total", new BigDecimal("0"));
        Path pdf = dir.resolve("r.pdf");
        Path docx = dir.resolve("r.docx");
        ws.create(dir.resolve("r.nianbao"), p, false).export(pdf, docx);

        String text = Extract.pdfTextJoined(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("示例职业技术学院2021年政府信息公开工作年度报告")
                .contains("三、收到和处理政府信息公开申请情况")
                .contains("一、本年新收政府信息公开申请数量7")
                .contains("（七）总计7")
                .contains("法人或其他组织");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).as("Table 1 in three parts, Tables 3 and 4").hasSize(5);
            assertThat(doc.getTables().get(2).getRow(1).getCell(0).getText()).isEqualTo("行政事业性收费");
            XWPFTable t3 = doc.getTables().get(3);
            assertThat(t3.getRow(0).getCell(2).getText()).isEqualTo("法人或其他组织");
            assertThat(t3.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            assertThat(t3.getRow(1).getCell(2).getText()).isEqualTo("商业企业");
            assertThat(t3.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t3.getRow(1).isRepeatHeader()).isTrue();
            XWPFTable t4 = doc.getTables().get(4);
            assertThat(t4.getRow(2).getCell(5).getText()).as("行政复议 总计").isEqualTo("0");
        }
    }
}
