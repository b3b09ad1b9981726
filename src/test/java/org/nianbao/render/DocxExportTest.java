package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

class DocxExportTest {
    @TempDir
    Path dir;

    private XWPFDocument export() throws Exception {
        Workspace ws = Workspace.standard();
        Path docx = dir.resolve("r.docx");
        ws.create(dir.resolve("r.nianbao"), Fixtures.project(ws), false).export(null, docx);
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void everyRunNamesAnEastAsianFontWithTheHint() throws Exception {
        try (XWPFDocument doc = export()) {
            int runs = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
                    assertThat(f.getEastAsia()).as(r.text()).isNotBlank();
                    assertThat(f.getAscii()).isEqualTo("Times New Roman");
                    assertThat(f.getHAnsi()).as("digits and Latin letters").isEqualTo("Times New Roman");
                    assertThat(f.getHint()).isEqualTo(STHint.EAST_ASIA);
                    runs++;
                }
            }
            assertThat(runs).isGreaterThan(10);
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            XWPFRun body = doc.getParagraphs().get(1).getRuns().get(0);
            assertThat(body.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
        }
    }

    @Test
    void titleAndHeadingsUseNamedStylesTheSecretaryCanRestyle() throws Exception {
        try (XWPFDocument doc = export()) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(doc.getStyles().getStyle(title.getStyle()).getName()).isEqualTo("标题");
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、概述")).findFirst().orElseThrow();
            assertThat(doc.getStyles().getStyle(heading.getStyle()).getName()).isEqualTo("一级标题");
            assertThat(doc.getStyles().getStyle(heading.getStyle()).getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
        }
    }

    @Test
    void pageIsA4WithGbT9704Margins() throws Exception {
        try (XWPFDocument doc = export()) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(16838);
            CTPageMar mar = sect.getPgMar();
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(2098);   // 37 mm
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1587);  // 28 mm
        }
    }

    @Test
    void appendixTableHasARepeatedHeaderRowAndMergedCategoryRows() throws Exception {
        try (XWPFDocument doc = export()) {
            assertThat(doc.getTables()).hasSize(1);
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("清单事项");
            assertThat(table.getRow(1).getTableCells()).hasSize(1);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("一、基本信息");
            assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRows()).hasSize(1 + 10 + 50);
        }
    }

    @Test
    void footersCarryAPageFieldBetweenDashes() throws Exception {
        try (XWPFDocument doc = export()) {
            assertThat(doc.getFooterList()).hasSize(2);
            for (XWPFFooter footer : doc.getFooterList()) {
                String xml = footer.getParagraphs().get(0).getCTP().xmlText();
                assertThat(xml).contains("fldCharType=\"begin\"").contains(" PAGE ").contains("fldCharType=\"end\"");
                assertThat(footer.getText().strip()).startsWith("— ").endsWith(" —");
            }
        }
    }
}
