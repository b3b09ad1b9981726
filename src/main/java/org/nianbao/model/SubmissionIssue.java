package org.nianbao.model;

import java.util.List;

/**
 * A problem found when a department's workbook was imported, kept with its submission in the project,
 * so a rejected row stays visible after a restart until the department's corrected file replaces it.
 *
 * @param sheet   the sheet, or empty for a problem with the whole file
 * @param cell    the A1 reference, or empty
 * @param row     the 1-based row, or 0
 * @param code    the import's message key (e.g. {@code intake.date.outsideWindow})
 * @param level   ERROR: the row was not kept; WARNING: kept, worth a look; INFO: worth knowing
 * @param args    the message's arguments
 * @param rowText the row's cells as the department typed them (" | " between cells), or empty
 */
public record SubmissionIssue(String sheet, String cell, int row, String code, Level level, List<String> args,
                              String rowText) {
    public enum Level {
        ERROR, WARNING, INFO
    }

    public SubmissionIssue {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        code = code == null ? "" : code;
        level = level == null ? Level.INFO : level;
        args = args == null ? List.of() : List.copyOf(args);
        rowText = rowText == null ? "" : rowText;
    }

    /** A rejected row: the row was not kept, and the checks report it until a new file replaces it. */
    public boolean rejectsRow() {
        return level == Level.ERROR && row > 0;
    }

    public SubmissionIssue withRowText(String text) {
        return new SubmissionIssue(sheet, cell, row, code, level, args, text);
    }
}
