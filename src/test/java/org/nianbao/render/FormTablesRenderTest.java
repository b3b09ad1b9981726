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
                    assertThat(page).as("page %d holds the heading and the start of Table 4", i).contains("复议后起诉");
                }
            }
            assertThat(pages).isOne();
        }
    }

    /** A DOCX table's rows as the text of their cells. */
    private static java.util.List<java.util.List<String>> cells(XWPFTable t) {
        return t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
    }

    @Test
    void table1PrintsTheFormsBlocksUnderTheirCaptionsWithTheFirstColumnHeaded信息内容() throws Exception {
        Workspace ws = Workspace.standard();
        Project p = ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2021"), Fixtures.institution())
                .withTableEntry("1a", "normative", "issued", new BigDecimal("3"))
                .withTableEntry("1b", "penalty", "decisions", new BigDecimal("2"))
                .withTableEntry("1c", "fees", "amount", new BigDecimal("12.5"));
        Path pdf = dir.resolve("t1.pdf");
        Path docx = dir.resolve("t1.docx");
        ws.create(dir.resolve("t1.nianbao"), p, false).export(pdf, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t1 = doc.getTables().get(0);
            assertThat(cells(t1)).containsExactly(
                    java.util.List.of("第二十条第（一）项"),
                    java.util.List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                    java.util.List.of("规章", "", "", ""),
                    java.util.List.of("行政规范性文件", "3", "", ""),
                    java.util.List.of("第二十条第（五）项"),
                    java.util.List.of("信息内容", "本年处理决定数量"),
                    java.util.List.of("行政许可", ""),
                    java.util.List.of("第二十条第（六）项"),
                    java.util.List.of("信息内容", "本年处理决定数量"),
                    java.util.List.of("行政处罚", "2"),
                    java.util.List.of("行政强制", ""),
                    java.util.List.of("第二十条第（八）项"),
                    java.util.List.of("信息内容", "本年收费金额（单位：万元）"),
                    java.util.List.of("行政事业性收费", "12.5"));
            assertThat(t1.getRow(5).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue())
                    .as("a one-figure block spans the three figure columns").isEqualTo(3);
        }
        assertThat(Extract.pdfTextJoined(pdf).replaceAll("\\s+", ""))
                .contains("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章行政规范性文件3")
                .contains("第二十条第（六）项信息内容本年处理决定数量行政处罚2行政强制")
                .contains("第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费12.5");
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
            assertThat(doc.getTables()).as("Table 1 (one table of blocks), Tables 3 and 4").hasSize(3);
            XWPFTable t3 = doc.getTables().get(1);
            // The form's header: its note in the corner, 申请人情况 over all seven columns, 法人或其他组织
            // over five; 自然人 and 总计 span two header rows (a vertical merge: "" below them).
            String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
            assertThat(cells(t3).subList(0, 3)).containsExactly(
                    java.util.List.of(note, "申请人情况"),
                    java.util.List.of("", "自然人", "法人或其他组织", "总计"),
                    java.util.List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
            assertThat(t3.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(7);
            assertThat(t3.getRow(1).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            assertThat(t3.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).hasToString("restart");
            assertThat(t3.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).hasToString("continue");
            assertThat(t3.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t3.getRow(2).isRepeatHeader()).isTrue();
            XWPFTable t4 = doc.getTables().get(2);
            // 行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉, no 项目 column and no 件数 label.
            assertThat(cells(t4).subList(0, 2)).containsExactly(
                    java.util.List.of("行政复议", "行政诉讼"),
                    java.util.List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
            assertThat(cells(t4).get(2)).containsExactly("", "", "", "", "",
                    "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
            assertThat(cells(t4).get(3)).hasSize(15).doesNotContain("件数");
            assertThat(cells(t4).get(3).get(4)).as("行政复议 总计").isEqualTo("0");
        }
        assertThat(text).doesNotContain("项目件数").contains("申请人情况");
    }
}
