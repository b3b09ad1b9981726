package org.nianbao.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A submission's disclosure records held compactly, so a million rows take about a hundred megabytes
 * instead of a quarter of a gigabyte: what repeats (dates, channels, notes, the workbook and sheet a row
 * came from) is stored once and referred to by number, titles and links as UTF-8 bytes in shared blocks.
 * Rows are kept in chunks of a fixed size (a row's numbers side by side), never copied to grow and
 * never one huge array: a big table fits a small heap without a gap twice its size. Immutable;
 * {@link #get} builds the record on each call (equal, not identical).
 */
public final class RecordTable extends AbstractList<DisclosureRecord> implements RandomAccess {
    private static final RecordTable EMPTY = new Builder().build();
    /** Text blocks and row chunks stay under a quarter megabyte: ordinary objects even in a 256 MB heap's 1 MB regions. */
    private static final int BLOCK = 1 << 18;
    private static final int CHUNK_BITS = 13;
    private static final int CHUNK = 1 << CHUNK_BITS;
    // A row's numbers: its date, channel, note and source (each an index into what repeats), its sheet row,
    // its category and item packed in one int, and where its title and link start (block, offset).
    private static final int DAY = 0;
    private static final int CHANNEL = 1;
    private static final int NOTE = 2;
    private static final int ORIGIN = 3;
    private static final int ROW = 4;
    private static final int NUMBERS = 5;
    private static final int BLOCK_NO = 6;
    private static final int OFFSET = 7;
    private static final int WIDTH = 8;

    private final int size;
    private final List<int[]> chunks;
    private final List<LocalDate> dates;
    private final List<String> strings;
    private final List<SourceRef> origins;
    private final List<byte[]> blocks;

    private RecordTable(Builder b) {
        size = b.size;
        // Shared with the builder, which only ever appends: what this table numbers stays as it was.
        chunks = b.chunks;
        dates = b.dates;
        strings = b.strings;
        origins = b.origins;
        blocks = b.blocks;
    }

    /** These records as a table: the list itself when it is one already. */
    public static RecordTable of(List<DisclosureRecord> records) {
        if (records instanceof RecordTable t) {
            return t;
        }
        if (records.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder();
        records.forEach(b::add);
        return b.build();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public DisclosureRecord get(int i) {
        java.util.Objects.checkIndex(i, size);
        int[] chunk = chunks.get(i >>> CHUNK_BITS);
        int at0 = (i & (CHUNK - 1)) * WIDTH;
        byte[] block = blocks.get(chunk[at0 + BLOCK_NO]);
        int at = chunk[at0 + OFFSET];
        int titleLength = readLength(block, at);
        at += lengthBytes(titleLength);
        String title = new String(block, at, titleLength, StandardCharsets.UTF_8);
        at += titleLength;
        int linkLength = readLength(block, at);
        at += lengthBytes(linkLength);
        String link = linkLength == 0 ? "" : new String(block, at, linkLength, StandardCharsets.UTF_8);
        int origin = chunk[at0 + ORIGIN];
        SourceRef from = origin < 0 ? null : origins.get(origin);
        SourceRef source = from == null ? null : new SourceRef(from.file(), from.sha256(), from.sheet(), chunk[at0 + ROW]);
        int numbers = chunk[at0 + NUMBERS];
        return new DisclosureRecord(dates.get(chunk[at0 + DAY]), title, strings.get(chunk[at0 + CHANNEL]), numbers >>> 16,
                numbers & 0xffff, link, strings.get(chunk[at0 + NOTE]), source);
    }

    private static int readLength(byte[] block, int at) {
        int n = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = block[at++];
            n |= (b & 0x7f) << shift;
            if (b >= 0) {
                return n;
            }
        }
    }

    private static int lengthBytes(int n) {
        int bytes = 1;
        while ((n >>>= 7) != 0) {
            bytes++;
        }
        return bytes;
    }

    /** Collects records one at a time (an import, a load) without holding them as objects. */
    public static final class Builder {
        private int size;
        private final List<int[]> chunks = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private final Map<LocalDate, Integer> dateIndex = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final Map<String, Integer> stringIndex = new HashMap<>();
        private final List<SourceRef> origins = new ArrayList<>();
        private final Map<List<String>, Integer> originIndex = new HashMap<>();
        private final List<byte[]> blocks = new ArrayList<>();
        private byte[] block;
        private int used;

        public int size() {
            return size;
        }

        public Builder add(DisclosureRecord r) {
            int inChunk = size & (CHUNK - 1);
            if (inChunk == 0) {
                chunks.add(new int[CHUNK * WIDTH]);
            }
            int[] chunk = chunks.get(chunks.size() - 1);
            int at = inChunk * WIDTH;
            chunk[at + DAY] = dateIndex.computeIfAbsent(r.date(), d -> {
                dates.add(d);
                return dates.size() - 1;
            });
            chunk[at + CHANNEL] = string(r.channel());
            chunk[at + NOTE] = string(r.note());
            SourceRef s = r.source();
            if (s == null) {
                chunk[at + ORIGIN] = -1;
            } else {
                chunk[at + ORIGIN] = originIndex.computeIfAbsent(List.of(s.file(), s.sha256(), s.sheet()), k -> {
                    origins.add(new SourceRef(s.file(), s.sha256(), s.sheet(), 0));
                    return origins.size() - 1;
                });
                chunk[at + ROW] = s.row();
            }
            // Both checked by DisclosureRecord (ValueRanges): a category below 100, an item below 1000.
            chunk[at + NUMBERS] = r.category() << 16 | r.item();
            put(r.title().getBytes(StandardCharsets.UTF_8), r.link().getBytes(StandardCharsets.UTF_8), chunk, at);
            size++;
            return this;
        }

        public Builder addAll(List<DisclosureRecord> records) {
            records.forEach(this::add);
            return this;
        }

        private int string(String s) {
            return stringIndex.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            });
        }

        private void put(byte[] title, byte[] link, int[] chunk, int at) {
            int needed = lengthBytes(title.length) + title.length + lengthBytes(link.length) + link.length;
            if (block == null || used + needed > block.length) {
                block = new byte[Math.max(BLOCK, needed)];
                blocks.add(block);
                used = 0;
            }
            chunk[at + BLOCK_NO] = blocks.size() - 1;
            chunk[at + OFFSET] = used;
            used = writeLength(title.length, used);
            System.arraycopy(title, 0, block, used, title.length);
            used += title.length;
            used = writeLength(link.length, used);
            System.arraycopy(link, 0, block, used, link.length);
            used += link.length;
        }

        private int writeLength(int n, int at) {
            while ((n & ~0x7f) != 0) {
                block[at++] = (byte) ((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            block[at++] = (byte) n;
            return at;
        }

        /** The records added so far, without copying them: for looking back while still adding. */
        public RecordTable snapshot() {
            return new RecordTable(this);
        }

        /** The table; the builder is not used after this. */
        public RecordTable build() {
            if (block != null && used < block.length) {
                blocks.set(blocks.size() - 1, Arrays.copyOf(block, used)); // the last block only as long as it is used
            }
            if (!chunks.isEmpty() && (size & (CHUNK - 1)) != 0) {
                int last = chunks.size() - 1;
                chunks.set(last, Arrays.copyOf(chunks.get(last), (size & (CHUNK - 1)) * WIDTH)); // nor the last chunk
            }
            RecordTable t = new RecordTable(this);
            block = null;
            return t;
        }
    }
}
