package org.nianbao.intake;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.kind.ReportKind;

/**
 * Reads a form table laid out as the form prints it (the government Tables 3 and 4): a header of
 * one to three levels, then a row per line, its printed name on the left and one cell per column on
 * the right. Rows and columns are matched by their printed names, whatever the width, full-width
 * digits or quotes; cells merged across rows may appear once (copied from Word or a browser) or as
 * blanks (a spreadsheet). A name that matches nothing is refused with its row and column named.
 */
public final class FormTableReader {
    private FormTableReader() {
    }

    /** The kind's table this grid holds, judged by the row and column names it contains; empty when unclear. */
    public static Optional<ReportKind.FormTable> detect(List<ReportKind.FormTable> tables, CellGrid grid) {
        Set<String> texts = new HashSet<>();
        grid.rows().forEach(r -> r.forEach(c -> texts.add(name(c))));
        ReportKind.FormTable best = null;
        int bestScore = 0;
        boolean tie = false;
        for (ReportKind.FormTable t : tables) {
            int score = 0;
            for (ReportKind.FormTable.Row r : t.rows()) {
                score += texts.contains(name(r.name())) ? 2 : 0;
            }
            for (ReportKind.FormTable.Column c : t.columns()) {
                score += texts.contains(name(c.name())) ? 1 : 0;
            }
            if (score > bestScore) {
                best = t;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    public static FormTableImport read(ReportKind.FormTable table, CellGrid grid, String file) {
        return new Reading(table, grid, file).read();
    }

    /** Compares printed names: full-width forms folded (NFKC), spaces, line breaks and quotes dropped, 、 read as a point. */
    static String name(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || "\"'“”‘’「」『』".indexOf(cp) >= 0) {
                return;
            }
            out.appendCodePoint(cp == '、' ? '.' : cp);
        });
        return out.toString();
    }

    /** A figure as typed ({@link org.nianbao.model.ValueRanges#typedFigure}); null when blank or not a usable figure. */
    static BigDecimal figure(String s) {
        try {
            return org.nianbao.model.ValueRanges.typedFigure(s);
        } catch (org.nianbao.model.InvalidValueException e) {
            return null;
        }
    }

    /** Spreadsheet-style column letters, for the place of an issue. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static final class Reading {
        private final ReportKind.FormTable table;
        private final CellGrid grid;
        private final String file;
        private final List<ReportKind.FormTable.Column> columns;
        private final int width;
        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<FormTableImport.Cell> cells = new ArrayList<>();

        Reading(ReportKind.FormTable table, CellGrid grid, String file) {
            this.table = table;
            this.grid = grid;
            this.file = file == null ? "" : file;
            this.columns = table.columns();
            this.width = columns.size();
        }

        FormTableImport read() {
            List<List<String>> lines = grid.rows();
            int first = -1;
            for (int i = 0; i < lines.size() && first < 0; i++) {
                if (!blank(lines.get(i)) && isData(lines.get(i))) {
                    first = i;
                }
            }
            if (first < 0) {
                issue(ImportIssue.Severity.ERROR, "", 0, "intake.table.noRows", table.id());
                return result();
            }
            header(lines.subList(0, first));
            if (refusedSoFar()) {
                return result();
            }
            rows(lines, first);
            return result();
        }

        private FormTableImport result() {
            return new FormTableImport(table, refusedSoFar() ? List.of() : cells, issues);
        }

        private boolean refusedSoFar() {
            return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
        }

        private static boolean blank(List<String> line) {
            return line.stream().allMatch(c -> name(c).isEmpty());
        }

        /** A line of figures: its name is a row's, or a cell holds a number (headers never do). */
        private boolean isData(List<String> line) {
            if (!label(line).isEmpty() && matchingRows(name(label(line))).size() > 0) {
                return true;
            }
            return line.stream().anyMatch(c -> figure(c) != null);
        }

        /** The row's printed name: the last filled cell left of the figures (the innermost of nested row names). */
        private String label(List<String> line) {
            int end = line.size() - width;
            for (int i = end - 1; i >= 0; i--) {
                if (!name(line.get(i)).isEmpty()) {
                    return line.get(i).strip();
                }
            }
            return "";
        }

        private List<Integer> matchingRows(String normalised) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < table.rows().size(); i++) {
                if (name(table.rows().get(i).name()).equals(normalised)) {
                    out.add(i);
                }
            }
            return out;
        }

        /**
         * Walks the header lines left to right, each cell naming a column or a heading over several;
         * a column whose name was met is done, so the same name further down (Table 4's 结果维持 under
         * each group) goes to the next column that still waits for it. Cells before the first match of
         * a line are the corner and titles.
         */
        private void header(List<List<String>> lines) {
            boolean[] done = new boolean[width];
            boolean matchedAny = false;
            for (int li = 0; li < lines.size(); li++) {
                List<String> line = lines.get(li);
                int cursor = 0;
                boolean matchedOnLine = false;
                for (int ci = 0; ci < line.size(); ci++) {
                    String t = name(line.get(ci));
                    if (t.isEmpty() || repeatsMergedCell(lines, li, ci, t)) {
                        continue;
                    }
                    int found = -1;
                    boolean leaf = false;
                    for (int j = cursor; j < width && found < 0; j++) {
                        if (done[j]) {
                            continue;
                        }
                        if (name(columns.get(j).name()).equals(t)) {
                            found = j;
                            leaf = true;
                        } else if (headings(columns.get(j)).contains(t)) {
                            found = j;
                        }
                    }
                    if (found < 0) {
                        if (matchedOnLine) {
                            issue(ImportIssue.Severity.ERROR, column(ci), li + 1, "intake.table.unknownColumn",
                                    line.get(ci).strip(), table.id(), expected(done, cursor));
                            return;
                        }
                        continue;
                    }
                    matchedOnLine = true;
                    matchedAny = true;
                    if (leaf) {
                        done[found] = true;
                        cursor = found + 1;
                    } else {
                        int end = found;
                        while (end < width && headings(columns.get(end)).contains(t)) {
                            end++;
                        }
                        cursor = end;
                    }
                }
            }
            if (!matchedAny) {
                issue(ImportIssue.Severity.INFO, "", 0, "intake.table.noHeader", table.id());
                return;
            }
            for (int j = 0; j < width; j++) {
                if (!done[j]) {
                    issue(ImportIssue.Severity.ERROR, "", lines.size(), "intake.table.missingColumn", table.id(), display(columns.get(j)));
                }
            }
        }

        /**
         * A reader that fills merged cells repeats a heading to the right of it and a name below it
         * (below only where the lines are as wide: copied text leaves out merged cells, so its lines do not align).
         */
        private static boolean repeatsMergedCell(List<List<String>> lines, int li, int ci, String t) {
            boolean left = ci > 0 && name(lines.get(li).get(ci - 1)).equals(t);
            boolean above = li > 0 && lines.get(li - 1).size() == lines.get(li).size() && name(lines.get(li - 1).get(ci)).equals(t);
            return left || above;
        }

        private String expected(boolean[] done, int cursor) {
            for (int j = cursor; j < width; j++) {
                if (!done[j]) {
                    return display(columns.get(j));
                }
            }
            return display(columns.get(width - 1));
        }

        private static Set<String> headings(ReportKind.FormTable.Column c) {
            Set<String> out = new HashSet<>();
            c.heading().forEach(h -> out.add(name(h)));
            if (!c.group().isEmpty()) {
                out.add(name(c.group()));
            }
            return out;
        }

        private void rows(List<List<String>> lines, int first) {
            List<ReportKind.FormTable.Row> figureRows = table.rows().stream().filter(r -> !r.group()).toList();
            Map<String, Integer> seen = new HashMap<>();
            int last = -1;
            for (int li = first; li < lines.size(); li++) {
                List<String> line = lines.get(li);
                if (blank(line)) {
                    continue;
                }
                String label = label(line);
                if (line.size() < width) {
                    // Shorter than the figures: a group heading spanning the width, else a row that lost cells.
                    String shown = lastFilled(line);
                    List<Integer> rows = matchingRows(name(shown));
                    if (!rows.isEmpty() && table.rows().get(rows.get(0)).group() && line.stream().noneMatch(c -> figure(c) != null)) {
                        continue;
                    }
                    issue(ImportIssue.Severity.ERROR, "", li + 1, "intake.table.tooFewCells", shown, line.size(), table.id(), width);
                    continue;
                }
                ReportKind.FormTable.Row row;
                if (label.isEmpty()) {
                    if (figureRows.size() != 1) {
                        issue(ImportIssue.Severity.ERROR, "A" + (li + 1), li + 1, "intake.table.noRowName", li + 1, table.id());
                        continue;
                    }
                    row = figureRows.get(0);
                } else {
                    List<Integer> candidates = matchingRows(name(label));
                    if (candidates.isEmpty()) {
                        issue(ImportIssue.Severity.ERROR, column(line.size() - width - 1), li + 1, "intake.table.unknownRow",
                                li + 1, label, table.id());
                        continue;
                    }
                    int after = last;
                    int index = candidates.stream().filter(i -> i > after).findFirst().orElse(candidates.get(0));
                    row = table.rows().get(index);
                    last = index;
                }
                Integer before = seen.putIfAbsent(row.id(), li + 1);
                if (before != null) {
                    issue(ImportIssue.Severity.ERROR, "", li + 1, "intake.table.duplicateRow", row.name(), before, li + 1);
                    continue;
                }
                int offset = line.size() - width;
                for (int k = 0; k < width; k++) {
                    String raw = line.get(offset + k);
                    ReportKind.FormTable.Column col = columns.get(k);
                    String place = column(offset + k) + (li + 1);
                    if (name(raw).isEmpty()) {
                        if (!row.group()) {
                            cells.add(new FormTableImport.Cell(row, col, null));
                        }
                        continue;
                    }
                    BigDecimal v = figure(raw);
                    if (row.group()) {
                        issue(ImportIssue.Severity.ERROR, place, li + 1, "intake.table.groupRowFilled", row.name(), display(col), raw.strip());
                    } else if (v == null) {
                        issue(ImportIssue.Severity.ERROR, place, li + 1, "intake.table.notANumber", row.name(), display(col), raw.strip());
                    } else {
                        cells.add(new FormTableImport.Cell(row, col, v));
                    }
                }
            }
        }

        private static String lastFilled(List<String> line) {
            for (int i = line.size() - 1; i >= 0; i--) {
                if (!name(line.get(i)).isEmpty()) {
                    return line.get(i).strip();
                }
            }
            return "";
        }

        private void issue(ImportIssue.Severity severity, String cell, int row, String code, Object... args) {
            List<String> a = new ArrayList<>();
            for (Object o : args) {
                a.add(String.valueOf(o));
            }
            issues.add(new ImportIssue(file, grid.sheet(), cell, row, code, severity, a));
        }
    }

    /** A column as a reader names it: 法人或其他组织 商业企业, 行政复议 总计. */
    public static String display(ReportKind.FormTable.Column c) {
        return c.group().isEmpty() ? c.name() : c.group() + " " + c.name();
    }
}
