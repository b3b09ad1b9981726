package org.nianbao.intake;

import java.util.List;
import org.nianbao.model.SubmissionIssue;

/**
 * A problem found while importing, with its place: file, sheet, cell (A1) and row (1-based).
 * {@code code} is stable and doubles as the message key; {@code args} fill the message.
 * Sheet, cell and row are empty/0 for problems with the whole file.
 */
public record ImportIssue(String file, String sheet, String cell, int row, String code, Severity severity,
                          List<String> args) {
    public enum Severity {
        /** The row or file is not kept. */
        ERROR,
        /** The row is kept, but the secretary should look at it. */
        WARNING,
        /** Worth knowing; nothing is wrong. */
        INFO;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportIssue {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** This issue as kept with the department's submission in the project. */
    public SubmissionIssue stored(String rowText) {
        return new SubmissionIssue(sheet, cell, row, code, SubmissionIssue.Level.valueOf(severity.name()), args, rowText);
    }

    /** An issue kept with a submission of {@code file}, as the import reported it. */
    public static ImportIssue of(String file, SubmissionIssue kept) {
        return new ImportIssue(file, kept.sheet(), kept.cell(), kept.row(), kept.code(), Severity.valueOf(kept.level().name()),
                kept.args());
    }
}
