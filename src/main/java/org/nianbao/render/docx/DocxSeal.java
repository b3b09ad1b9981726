package org.nianbao.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.nianbao.render.PageGeometry;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObject;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * The seal in the DOCX: a picture floating in front of the text (POI only writes inline pictures,
 * so the inline one is turned into an anchor), centred like the PDF's over the name and date.
 */
final class DocxSeal {
    private static final float DIAMETER_MM = 42f;
    /** Drawing ids must be unique in the document; the report has no other floating picture. */
    private static final long SEAL_ID = 1001;

    private DocxSeal() {
    }

    /**
     * @param dateParagraph the paragraph holding the date; the seal is anchored to it
     * @param centreXPt     the seal's centre, from the left margin
     */
    static void add(XWPFParagraph dateParagraph, byte[] png, float centreXPt) {
        try {
            float size = PageGeometry.pt(DIAMETER_MM);
            XWPFRun run = dateParagraph.createRun();
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "seal.png",
                    Units.toEMU(size), Units.toEMU(size));
            CTDrawing drawing = run.getCTR().getDrawingArray(0);
            CTInline inline = drawing.getInlineArray(0);
            CTGraphicalObject graphic = inline.getGraphic();
            long x = Units.toEMU(centreXPt - size / 2);
            // The date line's top is the paragraph's origin; the name is one line above. Centre the seal
            // a little below the middle of the two lines, so both sit in its lower half.
            long y = Units.toEMU(-PageGeometry.LINE_PT * 1.1f - size / 2 + PageGeometry.LINE_PT);
            // Parse the element's content into the anchor, not the element itself as a child of it.
            CTAnchor anchor = CTAnchor.Factory.parse(anchorXml(SEAL_ID, Units.toEMU(size), x, y),
                    new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
            anchor.setGraphic(graphic);
            drawing.setAnchorArray(new CTAnchor[] {anchor});
            drawing.removeInline(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException | XmlException e) {
            throw new IllegalStateException("The seal picture could not be placed", e);
        }
    }

    private static String anchorXml(long id, long size, long x, long y) {
        return "<wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"251658240\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:posOffset>" + x + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>" + y + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + size + "\" cy=\"" + size + "\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:wrapNone/>"
                + "<wp:docPr id=\"" + id + "\" name=\"seal\"/>"
                + "<wp:cNvGraphicFramePr/>"
                + "</wp:anchor>";
    }
}
