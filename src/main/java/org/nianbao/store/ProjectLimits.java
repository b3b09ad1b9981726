package org.nianbao.store;

/**
 * The sizes a project file may have, the same on both sides: a save refuses (writing nothing) what a
 * load would refuse, so Nianbao never writes a project it cannot open again. Generous for real
 * projects, small enough to stop zip bombs and hand-made monsters before they exhaust memory.
 *
 * <p>Jackson's own read limits follow these: a string may be as long as {@code project.json} itself
 * (Jackson's default of 20 million characters would otherwise refuse a file this build wrote), and the
 * nesting depth is far above the project's own (about 6) but far below what overflows the stack.
 *
 * @param maxJsonBytes       {@code project.json}, uncompressed
 * @param maxAttachmentBytes one entry under {@code assets/} or {@code sources/}, uncompressed
 * @param maxTotalBytes      all entries under {@code assets/} and {@code sources/} together, uncompressed (they are
 *                           held in memory while the project is open)
 * @param maxEntries         entries in the ZIP
 * @param maxNesting         JSON nesting depth
 * @param maxRecordsBytes    {@code records.jsonl}, uncompressed (a million rows take about 200 MB)
 */
public record ProjectLimits(long maxJsonBytes, long maxAttachmentBytes, long maxTotalBytes, int maxEntries, int maxNesting,
                            long maxRecordsBytes) {
    private static final long MB = 1024L * 1024;

    /**
     * 256 MB of JSON; 128 MB an entry (an imported workbook is at most 100 MB); 512 MB of entries in all;
     * 10,000 entries; nesting 64; 1 GB of records.
     */
    public static final ProjectLimits STANDARD = new ProjectLimits(256 * MB, 128 * MB, 512 * MB, 10_000, 64, 1024 * MB);

    /** Limits with the standard 1 GB for {@code records.jsonl}. */
    public ProjectLimits(long maxJsonBytes, long maxAttachmentBytes, long maxTotalBytes, int maxEntries, int maxNesting) {
        this(maxJsonBytes, maxAttachmentBytes, maxTotalBytes, maxEntries, maxNesting, 1024 * MB);
    }

    /** A size as people read it: "412.3 MB", "96 KB". */
    static String size(long bytes) {
        if (bytes >= MB) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
