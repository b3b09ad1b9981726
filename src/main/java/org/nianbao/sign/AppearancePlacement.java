package org.nianbao.sign;

import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.nianbao.render.PageGeometry;

/**
 * Finds where a visible signature can go without covering anything: on the page of the signature
 * block (which may be followed by appendix pages), in the free part of the type area nearest the
 * block's date, preferring places level with or below it — under the date, or beside the name and
 * date. "Anything" is what the page draws (text, lines, images) and its annotations.
 */
final class AppearancePlacement {
    /** Clear space kept between the appearance and anything the page draws. */
    static final float GAP = 6f;
    private static final float STEP = 2f;

    private AppearancePlacement() {
    }

    /** A place for the appearance: page number (1-based) and rectangle in that page's space. */
    record Place(int page, Rectangle rectangle) {
    }

    /**
     * Where a {@code width × height} box fits next to the signature block: on the last page whose
     * lowest line of text is a date alone (the GB/T 9704 成文日期 under the institution's name), else on
     * the last page next to its lowest line. Empty if that page has no such free place.
     */
    static Optional<Place> find(PdfDocument pdf, float width, float height) {
        int pages = pdf.getNumberOfPages();
        for (int p = pages; p >= 1; p--) {
            Drawn drawn = scan(pdf.getPage(p));
            if (drawn.lowestLineIsADate()) {
                return place(pdf.getPage(p), p, drawn, width, height);
            }
        }
        return place(pdf.getPage(pages), pages, scan(pdf.getPage(pages)), width, height);
    }

    private static Drawn scan(PdfPage page) {
        Drawn drawn = new Drawn(typeArea(page.getCropBox()));
        new PdfCanvasProcessor(drawn).processPageContent(page);
        return drawn;
    }

    private static Optional<Place> place(PdfPage page, int number, Drawn drawn, float width, float height) {
        List<Rectangle> obstacles = new ArrayList<>(drawn.boxes);
        for (PdfAnnotation a : page.getAnnotations()) {
            if (a.getRectangle() != null) {
                obstacles.add(a.getRectangle().toRectangle());
            }
        }
        Rectangle typeArea = drawn.typeArea;
        Rectangle anchor = drawn.lowestText != null ? drawn.lowestText
                : new Rectangle(typeArea.getRight() - width, typeArea.getBottom(), width, 0);
        return find(typeArea, obstacles, anchor, width, height).map(r -> new Place(number, r));
    }

    static Optional<Rectangle> find(Rectangle typeArea, List<Rectangle> obstacles, Rectangle anchor, float width, float height) {
        float anchorX = anchor.getX() + anchor.getWidth() / 2;
        float anchorY = anchor.getY() + anchor.getHeight() / 2;
        Rectangle best = null;
        boolean bestLevel = false;
        double bestDistance = Double.MAX_VALUE;
        for (float y = typeArea.getBottom(); y + height <= typeArea.getTop() + 0.01f; y += STEP) {
            // Level with or below the signature block reads as part of it; anything higher is a last resort.
            boolean level = y + height <= anchor.getTop() + 0.01f;
            if (best != null && bestLevel && !level) {
                continue;
            }
            for (float x = typeArea.getLeft(); x + width <= typeArea.getRight() + 0.01f; x += STEP) {
                double dx = x + width / 2 - anchorX;
                double dy = y + height / 2 - anchorY;
                double distance = dx * dx + dy * dy;
                boolean better = best == null || (level && !bestLevel) || (level == bestLevel && distance < bestDistance);
                if (better && isFree(x, y, width, height, obstacles)) {
                    best = new Rectangle(x, y, width, height);
                    bestLevel = level;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isFree(float x, float y, float w, float h, List<Rectangle> obstacles) {
        float left = x - GAP;
        float right = x + w + GAP;
        float bottom = y - GAP;
        float top = y + h + GAP;
        for (Rectangle r : obstacles) {
            if (r.getLeft() < right && r.getRight() > left && r.getBottom() < top && r.getTop() > bottom) {
                return false;
            }
        }
        return true;
    }

    /** The GB/T 9704 type area on an A4 portrait page; 20 mm in from each edge on any other page. */
    static Rectangle typeArea(Rectangle page) {
        boolean a4 = Math.abs(page.getWidth() - PageGeometry.pt(PageGeometry.PAGE_WIDTH_MM)) < 3
                && Math.abs(page.getHeight() - PageGeometry.pt(PageGeometry.PAGE_HEIGHT_MM)) < 3;
        if (a4) {
            return new Rectangle(page.getLeft() + PageGeometry.pt(PageGeometry.LEFT_MM),
                    page.getBottom() + PageGeometry.pt(PageGeometry.BOTTOM_MM),
                    PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM), PageGeometry.pt(PageGeometry.TYPE_HEIGHT_MM));
        }
        float m = PageGeometry.pt(20);
        return new Rectangle(page.getLeft() + m, page.getBottom() + m, page.getWidth() - 2 * m, page.getHeight() - 2 * m);
    }

    /** Collects the boxes of everything a page's content draws, and its lowest line of text in the type area. */
    private static final class Drawn implements IEventListener {
        /** A date alone on a line, as GB/T 9704 writes the 成文日期: 2022年10月28日, full-width or Chinese numerals. */
        private static final Pattern DATE = Pattern.compile("[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９〇○零一二三四五六七八九十]{1,2}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日");
        final Rectangle typeArea;
        final List<Rectangle> boxes = new ArrayList<>();
        /** The lowest line of text in the type area, and its pieces of text by x position. */
        Rectangle lowestText;
        private float lowestBaseline;
        private final TreeMap<Float, String> lowestLine = new TreeMap<>();

        Drawn(Rectangle typeArea) {
            this.typeArea = typeArea;
        }

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (data instanceof TextRenderInfo t) {
                text(t);
            } else if (data instanceof PathRenderInfo p && p.getOperation() != PathRenderInfo.NO_OP) {
                path(p);
            } else if (data instanceof ImageRenderInfo i) {
                Matrix ctm = i.getImageCtm();
                add(bounds(List.of(transform(0, 0, ctm), transform(1, 0, ctm), transform(0, 1, ctm), transform(1, 1, ctm))));
            }
        }

        private void text(TextRenderInfo t) {
            if (t.getText() == null || t.getText().isBlank()) {
                return;
            }
            LineSegment a = t.getAscentLine();
            LineSegment d = t.getDescentLine();
            Rectangle box = bounds(List.of(a.getStartPoint(), a.getEndPoint(), d.getStartPoint(), d.getEndPoint()));
            add(box);
            boolean inTypeArea = box.getBottom() >= typeArea.getBottom() - 4 && box.getTop() <= typeArea.getTop() + 4;
            if (inTypeArea) {
                // Lines are told apart by baseline: digits in Times and Chinese beside them share it,
                // but not the descent, which differs from font to font.
                float baseline = t.getBaseline().getStartPoint().get(Vector.I2);
                if (lowestText == null || baseline < lowestBaseline - 1) {
                    lowestText = box;
                    lowestBaseline = baseline;
                    lowestLine.clear();
                    lowestLine.put(box.getLeft(), t.getText());
                } else if (Math.abs(baseline - lowestBaseline) <= 1) {
                    lowestText = union(lowestText, box);
                    lowestLine.merge(box.getLeft(), t.getText(), String::concat);
                }
            }
        }

        boolean lowestLineIsADate() {
            String line = String.join("", lowestLine.values()).replaceAll("\\s", "");
            return DATE.matcher(line).matches();
        }

        private void path(PathRenderInfo p) {
            List<Vector> points = new ArrayList<>();
            for (Subpath s : p.getPath().getSubpaths()) {
                for (Point pt : s.getPiecewiseLinearApproximation()) {
                    points.add(transform((float) pt.getX(), (float) pt.getY(), p.getCtm()));
                }
            }
            if (points.isEmpty()) {
                return;
            }
            Rectangle box = bounds(points);
            float half = p.getLineWidth() / 2;
            box = new Rectangle(box.getX() - half, box.getY() - half, box.getWidth() + 2 * half, box.getHeight() + 2 * half);
            // A page background or a frame around the whole type area is not "text" to avoid.
            if (box.getLeft() <= typeArea.getLeft() && box.getRight() >= typeArea.getRight()
                    && box.getBottom() <= typeArea.getBottom() && box.getTop() >= typeArea.getTop()) {
                return;
            }
            add(box);
        }

        private void add(Rectangle box) {
            if (box != null) {
                boxes.add(box);
            }
        }

        private static Vector transform(float x, float y, Matrix ctm) {
            return new Vector(x, y, 1).cross(ctm);
        }

        private static Rectangle bounds(List<Vector> points) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (Vector v : points) {
                minX = Math.min(minX, v.get(Vector.I1));
                maxX = Math.max(maxX, v.get(Vector.I1));
                minY = Math.min(minY, v.get(Vector.I2));
                maxY = Math.max(maxY, v.get(Vector.I2));
            }
            return new Rectangle(minX, minY, maxX - minX, maxY - minY);
        }

        private static Rectangle union(Rectangle a, Rectangle b) {
            float left = Math.min(a.getLeft(), b.getLeft());
            float bottom = Math.min(a.getBottom(), b.getBottom());
            float right = Math.max(a.getRight(), b.getRight());
            float top = Math.max(a.getTop(), b.getTop());
            return new Rectangle(left, bottom, right - left, top - bottom);
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return EnumSet.of(EventType.RENDER_TEXT, EventType.RENDER_PATH, EventType.RENDER_IMAGE);
        }
    }
}
