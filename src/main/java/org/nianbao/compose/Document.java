package org.nianbao.compose;

import java.util.List;

/**
 * The report as a neutral document: what it says and in which order, with no layout. The PDF and
 * the DOCX renderers both lay out exactly this, so the two files always carry the same text.
 */
public record Document(DocumentInfo info, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** Metadata written into the output files. */
    public record DocumentInfo(String title, String author, String subject, String language) {
    }

    /** The visible text in reading order, one entry per block line; renderers are tested against it. */
    public List<String> textLines() {
        return blocks.stream().flatMap(b -> b.textLines().stream()).toList();
    }
}
