package org.nianbao.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The offending rows of an import, as the department's sheet shows them, so the secretary sees
 * what was typed without opening the workbook: one line per (sheet, row), cells joined by " | ",
 * date cells as dates.
 */
public final class IssueRows {
    private static final int MAX_CELLS = 12;

    private IssueRows() {
    }

    /** Key for {@link #of}'s map. */
    public static String key(String sheet, int row) {
        return sheet + "!" + row;
    }

    /**
     * Reads {@code file} once, forward (its sheets streamed, never held whole), and returns the row text
     * of every issue with a row; as many as were read when the file cannot be read again (it was
     * refused, or has gone).
     */
    public static Map<String, String> of(Path file, List<ImportIssue> issues) {
        Map<String, String> rows = new HashMap<>();
        if (issues.stream().noneMatch(i -> i.row() > 0)) {
            return rows;
        }
        // The rows wanted, sheet by sheet in ascending order: the sheets are streamed, read forward once.
        Map<String, TreeSet<Integer>> wanted = new HashMap<>();
        for (ImportIssue issue : issues) {
            if (issue.row() > 0) {
                wanted.computeIfAbsent(issue.sheet(), s -> new TreeSet<>()).add(issue.row());
            }
        }
        try (WorkbookContent content = WorkbookOpener.openStreamed(file)) {
            for (var entry : wanted.entrySet()) {
                content.sheet(entry.getKey()).ifPresent(sheet -> {
                    for (int row : entry.getValue()) {
                        rows.put(key(entry.getKey(), row), text(content, sheet, row - 1));
                    }
                });
            }
        } catch (WorkbookRefusal | IOException | RuntimeException e) {
            return rows; // what could be read (the file was refused, or has gone)
        }
        return rows;
    }

    private static String text(WorkbookContent content, SheetData sheet, int r) {
        StringJoiner cells = new StringJoiner(" | ");
        int columns = Math.min(sheet.columnCount(r), MAX_CELLS);
        for (int c = 0; c < columns; c++) {
            CellValue v = sheet.get(r, c);
            if (v == null) {
                cells.add("");
            } else if (v.type() == CellValue.Type.DATE) {
                DateParse d = DateParser.fromSerial(v.number(), content.date1904());
                cells.add(d.ok() ? d.date().toString() : v.display());
            } else {
                cells.add(v.display());
            }
        }
        return cells.toString().replaceAll("( \\| )+$", "");
    }
}
