package org.nianbao.published;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word file's body in reading order: paragraphs and tables (headers, footers and page numbers are not body). */
final class DocxReading {
    private DocxReading() {
    }

    static List<PublishedText.Block> read(String name, byte[] bytes) throws PublishedReportException {
        try (XWPFDocument doc = new XWPFDocument(PublishedReader.stream(bytes))) {
            List<PublishedText.Block> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(new PublishedText.Paragraph(p.getText()));
                } else if (e instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow r : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : r.getTableCells()) {
                            cells.add(c.getText());
                        }
                        rows.add(cells);
                    }
                    out.add(new PublishedText.Table(rows));
                }
            }
            return out;
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            throw new PublishedReportException("published.error.damaged", name + " is not a readable Word file: " + e.getMessage(),
                    e, name);
        }
    }
}
