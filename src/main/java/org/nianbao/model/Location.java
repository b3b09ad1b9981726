package org.nianbao.model;

import java.util.Objects;

/**
 * Where in a project a finding points: one type with one encoder ({@link #encode()}) and one decoder
 * ({@link #parse(String)}) for the location strings written in {@code check --json}, kept in overrides and
 * remembered by the app. The text form is the documented contract:
 * <ul>
 * <li>{@code opening}, {@code opening@<offset>}: the opening paragraph, a character in it;</li>
 * <li>{@code section:<id>}, {@code section:<id>@<offset>}: a section's prose, a character in it;</li>
 * <li>{@code record:<file>/<sheet>/<row>}, {@code application:<file>/<sheet>/<row>}: a department's row;</li>
 * <li>{@code table:<id>}, {@code table:<id>/<row>}, {@code table:<id>/<row>/<column>}: a form table, a row, a cell;</li>
 * <li>{@code item:<number>}: an item of the 清单;</li>
 * <li>any other word ({@code project}, {@code contact}, {@code signature}, …): a part of the project as a whole.</li>
 * </ul>
 * Only prose carries a character offset after {@code @}: a workbook's file name may hold {@code @} (it is legal
 * on every system) and stays whole.
 */
public sealed interface Location {

    /** The location as written in {@code --json}, overrides and the app's memory. */
    String encode();

    /** The same place without a character offset: what an override is kept against, so it survives edits before it. */
    default Location place() {
        return this;
    }

    /** The character offset inside prose, or -1. */
    default int offset() {
        return -1;
    }

    /** The opening paragraph; {@code offset} -1 for the whole of it. */
    record Opening(int offset) implements Location {
        public static final String WORD = "opening";

        @Override
        public String encode() {
            return offset < 0 ? WORD : WORD + "@" + offset;
        }

        @Override
        public Location place() {
            return new Opening(-1);
        }

        /** A character inside this part. */
        public Opening at(int at) {
            return new Opening(at);
        }
    }

    /** A section's prose; {@code offset} -1 for the whole of it. */
    record Section(String id, int offset) implements Location {
        public static final String PREFIX = "section:";

        public Section {
            Objects.requireNonNull(id);
        }

        public Section(String id) {
            this(id, -1);
        }

        @Override
        public String encode() {
            return offset < 0 ? PREFIX + id : PREFIX + id + "@" + offset;
        }

        @Override
        public Location place() {
            return new Section(id, -1);
        }

        public Section at(int at) {
            return new Section(id, at);
        }
    }

    /** A department's row, disclosure record or application: its source as {@code <file>/<sheet>/<row>}. */
    record Row(Kind kind, String source) implements Location {
        /** What kind of row: the prefix in the text form. */
        public enum Kind {
            RECORD("record:"), APPLICATION("application:");

            private final String prefix;

            Kind(String prefix) {
                this.prefix = prefix;
            }

            public String prefix() {
                return prefix;
            }
        }

        public Row {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(source);
        }

        @Override
        public String encode() {
            return kind.prefix + source;
        }
    }

    /** A form table ({@code row} and {@code column} null), one of its rows ({@code column} null) or a cell. */
    record Table(String table, String row, String column) implements Location {
        public static final String PREFIX = "table:";

        public Table {
            Objects.requireNonNull(table);
            if (row == null && column != null) {
                throw new IllegalArgumentException("a table column needs its row");
            }
        }

        @Override
        public String encode() {
            return PREFIX + table + (row == null ? "" : "/" + row + (column == null ? "" : "/" + column));
        }

        /** The cell's path inside its table ({@code <row>/<column>}, or less for a row or the whole table). */
        public String path() {
            return row == null ? table : table + "/" + row + (column == null ? "" : "/" + column);
        }

        /** Whether this (a table or a row, as older versions named a cell's finding) holds {@code other}. */
        public boolean holds(Table other) {
            return column == null && !equals(other) && other.table.equals(table) && (row == null || row.equals(other.row));
        }
    }

    /** An item of the 清单 by its number. */
    record Item(String number) implements Location {
        public static final String PREFIX = "item:";

        public Item(int number) {
            this(String.valueOf(number));
        }

        @Override
        public String encode() {
            return PREFIX + number;
        }
    }

    /** A part of the project named by a word ({@code project}, {@code contact}, {@code signature}, …), or text we do not know. */
    record Other(String text) implements Location {
        @Override
        public String encode() {
            return text;
        }
    }

    static Location record(String source) {
        return new Row(Row.Kind.RECORD, source);
    }

    static Location application(String source) {
        return new Row(Row.Kind.APPLICATION, source);
    }

    /** Reads a location string; never fails: text it does not know stays as it is ({@link Other}). */
    static Location parse(String text) {
        if (text == null) {
            return new Other("");
        }
        if (text.equals(Opening.WORD)) {
            return new Opening(-1);
        }
        if (text.startsWith(Opening.WORD + "@")) {
            int offset = offset(text.substring(Opening.WORD.length() + 1));
            return offset >= 0 ? new Opening(offset) : new Other(text);
        }
        if (text.startsWith(Section.PREFIX)) {
            String rest = text.substring(Section.PREFIX.length());
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                int offset = offset(rest.substring(at + 1));
                if (offset >= 0) {
                    return new Section(rest.substring(0, at), offset);
                }
            }
            return new Section(rest, -1);
        }
        for (Row.Kind kind : Row.Kind.values()) {
            if (text.startsWith(kind.prefix())) {
                return new Row(kind, text.substring(kind.prefix().length()));
            }
        }
        if (text.startsWith(Table.PREFIX)) {
            String[] parts = text.substring(Table.PREFIX.length()).split("/", 3);
            return new Table(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        }
        if (text.startsWith(Item.PREFIX)) {
            return new Item(text.substring(Item.PREFIX.length()));
        }
        return new Other(text);
    }

    /** {@code text} without a prose offset: {@code section:overview@12} → {@code section:overview}; anything else as it is. */
    static String placeOf(String text) {
        return parse(text).place().encode();
    }

    private static int offset(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
