package org.nianbao.intake;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.TextBytes;

/**
 * A table as text cells, row by row, as it came: from a sheet (every row as wide as the widest), a
 * CSV file, or tab-separated text copied out of Word, WPS, a browser or a spreadsheet. Copied text
 * keeps its rows ragged: a cell merged down over several rows appears once, so rows under it are
 * shorter on the left; the figures are found from the right.
 */
public record CellGrid(String sheet, List<List<String>> rows) {
    public CellGrid {
        sheet = sheet == null ? "" : sheet;
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A sheet's cells as a person reads them, each row padded to the sheet's width. */
    public static CellGrid of(SheetData sheet) {
        int width = 0;
        for (int r = 0; r < sheet.rowCount(); r++) {
            width = Math.max(width, sheet.columnCount(r));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                CellValue v = sheet.get(r, c);
                row.add(v == null ? "" : v.display());
            }
            rows.add(row);
        }
        return new CellGrid(sheet.name(), rows);
    }

    /** CSV as a spreadsheet saves it: quoted fields, rows padded to the widest. */
    public static CellGrid ofCsv(String text) {
        return padded(parse(text, ','));
    }

    /** Tab-separated text as copied from a table: rows kept as they are. */
    public static CellGrid ofPaste(String text) {
        return new CellGrid("", parse(text, '\t'));
    }

    /** Text from a file or the clipboard, as {@link TextBytes} reads it; bytes no charset reads whole as GB18030, leniently. */
    public static String decode(byte[] bytes) {
        return TextBytes.decode(bytes).map(TextBytes.Decoded::text).orElseGet(() -> new String(bytes, Charset.forName("GB18030")));
    }

    private static CellGrid padded(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> row = new ArrayList<>(r);
            while (row.size() < width) {
                row.add("");
            }
            out.add(row);
        }
        return new CellGrid("", out);
    }

    /** Splits on {@code delimiter} and line ends; a field that starts with a quote runs to its closing quote. */
    private static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (ch == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
            } else {
                field.append(ch);
                fieldStart = false;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
