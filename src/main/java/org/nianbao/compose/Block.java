package org.nianbao.compose;

import java.util.List;

/** One piece of the document's flow. */
public sealed interface Block permits Block.Title, Block.Heading, Block.Paragraph, Block.SignatureBlock, Block.PageBreak,
        Block.Table, Block.AttachmentNote, Block.Attachment {

    /** The text this block shows, line by line as a reader sees it. */
    List<String> textLines();

    /**
     * The report's title, centred at the top of the first page, in the {@code parts} a line may
     * break between (words that must stay on one line, GB/T 9704 §7.3.1); the renderers choose the
     * breaks (see render.TitleLines). A title the secretary set herself ({@code asTyped}) has her
     * lines as its parts, each printed as a line of its own.
     */
    record Title(List<String> parts, boolean asTyped) implements Block {
        public Title {
            parts = List.copyOf(parts);
        }

        public Title(List<String> parts) {
            this(parts, false);
        }

        public Title(String text) {
            this(List.of(text));
        }

        public String text() {
            return String.join("", parts);
        }

        @Override
        public List<String> textLines() {
            return List.of(text());
        }
    }

    /**
     * A heading. {@code level} 1 is 一、, 2 is （一）, 3 is 1., 4 is （1）; {@code number} is the
     * numbering as printed (empty for an appendix heading), {@code sourceId} the section it opens
     * (level 1) or stands in (levels 2–4, written in the section's prose).
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

    /**
     * A paragraph of running text. {@code where} says where it came from, for messages; {@code lead}
     * marks a run-in heading at its start ("（一）主动公开情况。本学年…"), printed in that heading's font.
     */
    record Paragraph(String text, Style style, String where, Lead lead) implements Block {
        public Paragraph {
            lead = lead == null ? Lead.NONE : lead;
            if (lead.length() > text.length()) {
                throw new IllegalArgumentException("Run-in heading longer than its paragraph");
            }
        }

        public Paragraph(String text, Style style, String where) {
            this(text, style, where, Lead.NONE);
        }

        /** The run-in heading, or "" when the paragraph has none. */
        public String leadText() {
            return text.substring(0, lead.length());
        }

        /** The text after the run-in heading (all of it when there is none). */
        public String restText() {
            return text.substring(lead.length());
        }

        /** The first {@code length} characters are a heading of {@code level} (2 is （一）, 3 is 1., 4 is （1）). */
        public record Lead(int level, int length) {
            public static final Lead NONE = new Lead(0, 0);

            public boolean present() {
                return length > 0;
            }
        }

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

    /**
     * The 附件说明 after the body (GB/T 9704 §7.3.5): one blank line, then two characters in
     * "附件：清单事项公开情况表", numbered "附件：1.…", "2.…" when there are several.
     */
    record AttachmentNote(String label, List<String> names) implements Block {
        public AttachmentNote {
            names = List.copyOf(names);
        }

        @Override
        public List<String> textLines() {
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String number = names.size() > 1 ? (i + 1) + "." : "";
                lines.add((i == 0 ? label + "：" : "") + number + names.get(i));
            }
            return lines;
        }
    }

    /**
     * The head of an attachment on its own page (GB/T 9704 §8): {@code label} (附件, 附件2 …) on the
     * first line, flush left in 黑体; the attachment's {@code title} centred on the third line.
     */
    record Attachment(String label, String title, String sourceId) implements Block {
        @Override
        public List<String> textLines() {
            return List.of(label, title);
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
     * relative. A cell may span several columns (a group row such as "一、基本信息") and, in a header,
     * several rows (the form's 自然人 under 申请人情况).
     */
    record Table(List<Float> widths, int headerRows, List<List<Cell>> rows, String where) implements Block {
        public Table {
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /**
         * One cell; {@code group} marks a row heading that spans columns. A cell spanning rows
         * ({@code rowspan} > 1) covers the cells below it: the rows under it list only their other cells.
         */
        public record Cell(String text, int colspan, boolean group, int rowspan) {
            public Cell(String text, int colspan, boolean group) {
                this(text, colspan, group, 1);
            }

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
