package org.nianbao.published;

import java.util.List;

/**
 * A published report as text in reading order: paragraphs and tables, with what was dropped on the
 * way (pasted web-page lines, page numbers, running headers).
 *
 * @param source  the file it was read from, for messages
 * @param format  {@code docx}, {@code pdf}, {@code html} or {@code txt}
 * @param removed lines dropped as clutter, each once, in order
 */
public record PublishedText(String source, String format, List<Block> blocks, List<String> removed) {
    public PublishedText {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }

    /** A paragraph or a table of the report. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** One paragraph's text, line breaks inside it removed. */
    public record Paragraph(String text) implements Block {
    }

    /** A table's cells, row by row, as text. */
    public record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
