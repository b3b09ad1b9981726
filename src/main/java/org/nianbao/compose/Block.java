package org.nianbao.compose;

import java.util.List;

/** One piece of the document's flow. */
public sealed interface Block permits Block.Title, Block.Heading, Block.Paragraph, Block.SignatureBlock, Block.PageBreak,
        Block.Table {

    /** The text this block shows, line by line as a reader sees it. */
    List<String> textLines();

    /** The report's title, centred at the top of the first page. */
    record Title(String text) implements Block {
        @Override
        public List<String> textLines() {
            return List.of(text);
        }
    }

    /**
     * A heading. {@code level} 1 is 一、, 2 is （一）, 3 is 1., 4 is （1）; {@code number} is the
     * numbering as printed (empty for an appendix heading), {@code sourceId} the section it opens.
     */
    record Heading(int level, String number, String text, String sourceId) implements Block {
        public String fullText() {
            return number + text;
        }

        @Override
        public List<String> textLines() {
            return List.of(fullText());
        }
    }

    /** A paragraph of running text. {@code where} says where it came from, for messages. */
    record Paragraph(String text, Style style, String where) implements Block {
        public enum Style {
            /** Body text: first line indented two characters, justified. */
            BODY,
            /** No indent, left aligned: notes, the contact line. */
            PLAIN
        }

        @Override
        public List<String> textLines() {
            return List.of(text);
        }
    }

    /**
     * The signing institution's full name above the date, per GB/T 9704; {@code seal} is the seal
     * image (PNG, ideally with transparency) printed over name and date, or null.
     */
    record SignatureBlock(String name, String date, byte[] seal) implements Block {
        public SignatureBlock(String name, String date) {
            this(name, date, null);
        }

        public boolean sealed() {
            return seal != null && seal.length > 0;
        }

        @Override
        public List<String> textLines() {
            return List.of(name, date);
        }
    }

    /** Starts a new page (before an appendix). */
    record PageBreak() implements Block {
        @Override
        public List<String> textLines() {
            return List.of();
        }
    }

    /**
     * A table. The first {@code headerRows} rows repeat on every page it spans. Column widths are
     * relative. A cell may span several columns (a group row such as "一、基本信息").
     */
    record Table(List<Float> widths, int headerRows, List<List<Cell>> rows, String where) implements Block {
        public Table {
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** One cell; {@code group} marks a row heading that spans columns. */
        public record Cell(String text, int colspan, boolean group) {
            public static Cell of(String text) {
                return new Cell(text, 1, false);
            }
        }

        @Override
        public List<String> textLines() {
            return rows.stream().flatMap(r -> r.stream().map(Cell::text)).filter(t -> !t.isEmpty()).toList();
        }
    }
}
