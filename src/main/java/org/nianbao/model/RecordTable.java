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
 * A submission's disclosure records held column by column, so a million rows take about a hundred
 * megabytes instead of a quarter of a gigabyte: what repeats (dates, channels, notes, the workbook and
 * sheet a row came from) is stored once and referred to by number, titles and links as UTF-8 bytes in
 * large shared blocks. Immutable; {@link #get} builds the record on each call (equal, not identical).
 */
public final class RecordTable extends AbstractList<DisclosureRecord> implements RandomAccess {
    private static final RecordTable EMPTY = new Builder().build();
    private static final int BLOCK = 1 << 20;

    private final int size;
    private final int[] day;
    private final byte[] category;
    private final short[] item;
    private final int[] channel;
    private final int[] note;
    private final int[] origin;
    private final int[] row;
    private final long[] text;
    private final List<LocalDate> dates;
    private final List<String> strings;
    private final List<SourceRef> origins;
    private final List<byte[]> blocks;

    private RecordTable(Builder b) {
        size = b.size;
        day = b.day;
        category = b.category;
        item = b.item;
        channel = b.channel;
        note = b.note;
        origin = b.origin;
        row = b.row;
        text = b.text;
        // Shared with the builder, which only ever appends: what this table numbers stays as it was.
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
        byte[] block = blocks.get((int) (text[i] >>> 32));
        int at = (int) text[i];
        int titleLength = readLength(block, at);
        at += lengthBytes(titleLength);
        String title = new String(block, at, titleLength, StandardCharsets.UTF_8);
        at += titleLength;
        int linkLength = readLength(block, at);
        at += lengthBytes(linkLength);
        String link = linkLength == 0 ? "" : new String(block, at, linkLength, StandardCharsets.UTF_8);
        SourceRef from = origin[i] < 0 ? null : origins.get(origin[i]);
        SourceRef source = from == null ? null : new SourceRef(from.file(), from.sha256(), from.sheet(), row[i]);
        return new DisclosureRecord(dates.get(day[i]), title, strings.get(channel[i]), category[i], item[i], link,
                strings.get(note[i]), source);
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
        private int[] day = new int[16];
        private byte[] category = new byte[16];
        private short[] item = new short[16];
        private int[] channel = new int[16];
        private int[] note = new int[16];
        private int[] origin = new int[16];
        private int[] row = new int[16];
        private long[] text = new long[16];
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
            if (size == day.length) {
                int n = size * 2;
                day = Arrays.copyOf(day, n);
                category = Arrays.copyOf(category, n);
                item = Arrays.copyOf(item, n);
                channel = Arrays.copyOf(channel, n);
                note = Arrays.copyOf(note, n);
                origin = Arrays.copyOf(origin, n);
                row = Arrays.copyOf(row, n);
                text = Arrays.copyOf(text, n);
            }
            day[size] = dateIndex.computeIfAbsent(r.date(), d -> {
                dates.add(d);
                return dates.size() - 1;
            });
            category[size] = (byte) r.category();
            item[size] = (short) r.item();
            channel[size] = string(r.channel());
            note[size] = string(r.note());
            SourceRef s = r.source();
            if (s == null) {
                origin[size] = -1;
            } else {
                origin[size] = originIndex.computeIfAbsent(List.of(s.file(), s.sha256(), s.sheet()), k -> {
                    origins.add(new SourceRef(s.file(), s.sha256(), s.sheet(), 0));
                    return origins.size() - 1;
                });
                row[size] = s.row();
            }
            text[size] = put(r.title().getBytes(StandardCharsets.UTF_8), r.link().getBytes(StandardCharsets.UTF_8));
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

        private long put(byte[] title, byte[] link) {
            int needed = lengthBytes(title.length) + title.length + lengthBytes(link.length) + link.length;
            if (block == null || used + needed > block.length) {
                block = new byte[Math.max(BLOCK, needed)];
                blocks.add(block);
                used = 0;
            }
            long at = ((long) (blocks.size() - 1) << 32) | used;
            used = writeLength(title.length, used);
            System.arraycopy(title, 0, block, used, title.length);
            used += title.length;
            used = writeLength(link.length, used);
            System.arraycopy(link, 0, block, used, link.length);
            used += link.length;
            return at;
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
            RecordTable t = new RecordTable(this);
            block = null;
            return t;
        }
    }
}
