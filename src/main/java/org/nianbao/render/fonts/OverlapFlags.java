package org.nianbao.render.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Puts back the TrueType OVERLAP_SIMPLE flag that WOFF2 does not carry. The Noto subsets are static instances of
 * variable fonts whose contours overlap, so every simple glyph is flagged; renderers (FreeType, hence poppler and
 * most Linux PDF viewers) smooth such glyphs more carefully. Without the flag, the PDF's embedded glyphs would draw
 * with different grey edge pixels than the TTF subsets did.
 */
final class OverlapFlags {
    private static final int OVERLAP_SIMPLE = 0x40;

    private OverlapFlags() {
    }

    /** Flags every simple glyph of the TrueType font in place, and updates the checksums. */
    static void setOnEverySimpleGlyph(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int head = record(b, "head"), maxp = record(b, "maxp"), loca = record(b, "loca"), glyf = record(b, "glyf");
        boolean longOffsets = b.getShort(offset(b, head) + 50) == 1;
        int glyphs = b.getShort(offset(b, maxp) + 4) & 0xffff;
        int locaAt = offset(b, loca), glyfAt = offset(b, glyf);
        for (int g = 0; g < glyphs; g++) {
            long start = longOffsets ? b.getInt(locaAt + 4 * g) & 0xffffffffL : (b.getShort(locaAt + 2 * g) & 0xffff) * 2L;
            long end = longOffsets ? b.getInt(locaAt + 4 * g + 4) & 0xffffffffL : (b.getShort(locaAt + 2 * g + 2) & 0xffff) * 2L;
            if (end <= start) {
                continue; // an empty glyph (space)
            }
            int at = glyfAt + (int) start;
            int contours = b.getShort(at);
            if (contours <= 0) {
                continue; // a composite glyph: its own flag lives in its components
            }
            int instructions = b.getShort(at + 10 + 2 * contours) & 0xffff;
            int firstFlag = at + 12 + 2 * contours + instructions;
            font[firstFlag] |= OVERLAP_SIMPLE;
        }
        b.putInt(glyf + 4, checksum(b, glyfAt, b.getInt(glyf + 12)));
        int adjustment = offset(b, head) + 8;
        b.putInt(adjustment, 0);
        b.putInt(adjustment, (int) (0xB1B0AFBAL - (checksum(b, 0, font.length) & 0xffffffffL)));
    }

    /** Where the table directory's record for the tag starts (tag, checksum, offset, length). */
    private static int record(ByteBuffer b, String tag) {
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int r = 12 + 16 * i;
            if (tag.equals(new String(b.array(), r, 4, StandardCharsets.US_ASCII))) {
                return r;
            }
        }
        throw new IllegalArgumentException("no " + tag + " table");
    }

    private static int offset(ByteBuffer b, int record) {
        return b.getInt(record + 8);
    }

    private static int checksum(ByteBuffer b, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < from + length ? b.get(i + k) & 0xff : 0); // zero padding
            }
            sum += word;
        }
        return sum;
    }
}
