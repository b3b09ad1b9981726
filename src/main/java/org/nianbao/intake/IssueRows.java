package org.nianbao.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
     * Reads {@code file} once and returns the row text of every issue with a row; empty when the
     * file cannot be read again (it was refused, or has gone).
     */
    public static Map<String, String> of(Path file, List<ImportIssue> issues) {
        Map<String, String> rows = new HashMap<>();
        if (issues.stream().noneMatch(i -> i.row() > 0)) {
            return rows;
        }
        WorkbookContent content;
        try {
            content = WorkbookOpener.open(file);
        } catch (WorkbookRefusal | IOException | RuntimeException e) {
            return rows;
        }
        for (ImportIssue issue : issues) {
            if (issue.row() <= 0) {
                continue;
            }
            content.sheet(issue.sheet()).ifPresent(sheet -> rows.computeIfAbsent(key(issue.sheet(), issue.row()), k -> {
                int r = issue.row() - 1;
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
            }));
        }
        return rows;
    }
}
