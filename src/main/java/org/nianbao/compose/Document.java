package org.nianbao.compose;

import java.util.List;

/**
 * The report as a neutral document: what it says and in which order, with no layout. The PDF and
 * the DOCX renderers both lay out exactly this, so the two files always carry the same text.
 */
public record Document(DocumentInfo info, List<Block> blocks, String draftMark, String data, List<Supplement> supplements) {
    /**
     * @param data        the report's figures as JSON ({@link ReportData}), carried inside the PDF and the
     *                    DOCX; empty for a document without them
     * @param supplements further files the PDF carries beside its data (e.g. the records workbook)
     */
    public Document {
        blocks = List.copyOf(blocks);
        draftMark = draftMark == null ? "" : draftMark;
        data = data == null ? "" : data;
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    public Document(DocumentInfo info, List<Block> blocks) {
        this(info, blocks, "", "", List.of());
    }

    public Document(DocumentInfo info, List<Block> blocks, String draftMark) {
        this(info, blocks, draftMark, "", List.of());
    }

    /** This document carrying its figures as data. */
    public Document withData(String json) {
        return new Document(info, blocks, draftMark, json, supplements);
    }

    /** This document carrying one more file (a PDF/A-3 associated file with the relationship Supplement). */
    public Document withSupplement(Supplement supplement) {
        List<Supplement> all = new java.util.ArrayList<>(supplements);
        all.add(supplement);
        return new Document(info, blocks, draftMark, data, all);
    }

    /**
     * A file the PDF carries beside the report's data, for the archive: it supplements the report
     * (PDF/A-3 AFRelationship Supplement) and is never read back as the report's figures.
     */
    public record Supplement(String fileName, String mimeType, String description, byte[] bytes) {
        public Supplement {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** A draft for the leaders' review: every page headed with {@code mark}, open findings on a last page. */
    /**
     * The draft for the leaders' review: every page marked 草稿（征求意见稿）, the open findings
     * (as the reader should see them) listed on a last page.
     */
    public Document asDraft(List<String> openFindings) {
        return asDraft(DocumentWords.get("draft.mark"), DocumentWords.get("draft.findings"), openFindings);
    }

    Document asDraft(String mark, String findingsHeading, List<String> openFindings) {
        List<Block> all = new java.util.ArrayList<>(blocks);
        if (!openFindings.isEmpty()) {
            all.add(new Block.PageBreak());
            all.add(new Block.Heading(1, "", findingsHeading, "draft-findings"));
            for (String f : openFindings) {
                all.add(new Block.Paragraph(f, Block.Paragraph.Style.PLAIN, "draft-findings"));
            }
        }
        return new Document(info, all, mark, data, supplements);
    }

    public boolean isDraft() {
        return !draftMark.isEmpty();
    }

    /** Metadata written into the output files. */
    /**
     * What the report prints for one section, in order: its heading (or its attachment title), its paragraphs and
     * tables, up to the next section, the signature or a page break — the contact paragraph and the opening left out.
     */
    public List<Block> sectionBlocks(String sectionId) {
        List<Block> out = new java.util.ArrayList<>();
        boolean inside = false;
        for (Block b : blocks) {
            if (b instanceof Block.Heading || b instanceof Block.Attachment) {
                String source = b instanceof Block.Heading h ? h.sourceId() : ((Block.Attachment) b).sourceId();
                inside = sectionId.equals(source);
                if (inside) {
                    out.add(b);
                }
            } else if (b instanceof Block.SignatureBlock || b instanceof Block.PageBreak) {
                inside = false;
            } else if (inside && (b instanceof Block.Table
                    || b instanceof Block.Paragraph p && !"opening".equals(p.where()) && !"contact".equals(p.where()))) {
                out.add(b);
            }
        }
        return out;
    }

    /** The opening paragraph as the report prints it (generated when the secretary wrote none). */
    public List<Block> openingBlocks() {
        return blocks.stream().filter(b -> b instanceof Block.Paragraph p && "opening".equals(p.where())).toList();
    }

    public record DocumentInfo(String title, String author, String subject, String language) {
    }
}
