package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nianbao.i18n.Messages;
import org.nianbao.intake.FormTableImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.WorkbookRefusal;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.model.TableEntries;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The figures typed into the kind's form tables (government Tables 3 and 4):
 * {@code tables r.nianbao list [--json]},
 * {@code tables r.nianbao set 3 3.1 natural 5} (table, row, column, figure),
 * {@code tables r.nianbao clear 3 3.1 natural}. Row and column ids are the kind's (list shows them).
 * {@code tables r.nianbao import 表三.xlsx|表三.csv|- [--table 3] [--dry-run]} reads whole tables laid
 * out as the form prints them (- is text pasted on standard input), shows what it sets and refuses
 * the file, naming the row or column, when a name does not match (exit 3);
 * {@code tables r.nianbao export 表.xlsx|表3.csv [--table 3]} writes them in that layout.
 */
@Command(name = "tables", mixinStandardHelpOptions = true)
final class TablesCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Parameters(index = "1", paramLabel = "list|set|clear|import|export", descriptionKey = "tables.action")
    String action;

    @Parameters(index = "2..*", arity = "0..4", paramLabel = "<table> <row> <column> [<figure>] | <file>", descriptionKey = "tables.cell")
    java.util.List<String> cell = new java.util.ArrayList<>();

    @Mixin
    JsonOption output;

    @Option(names = "--table", paramLabel = "<table>", descriptionKey = "tables.table")
    String tableId;

    @Option(names = "--dry-run", descriptionKey = "tables.dryRun")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        // Only set, clear and a real import change the project and take its lock; list, export and --dry-run read.
        boolean changes = action.equals("set") || action.equals("clear") || (action.equals("import") && !dryRun);
        ProjectSession session = ctx.open(project.file, "tables", changes);
        if (session.kind().formTables().isEmpty()) {
            throw new CliFailure(Cli.INPUT, "cli.tables.none", session.kind().name());
        }
        switch (action) {
            case "list" -> list(ctx, session);
            case "set", "clear" -> {
                int needed = action.equals("set") ? 4 : 3;
                if (cell.size() != needed) {
                    throw new CliFailure(Cli.USAGE, "cli.tables.arguments", action);
                }
                ReportKind.FormTable table = session.kind().formTable(cell.get(0))
                        .orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.tables.unknownTable", cell.get(0)));
                ReportKind.FormTable.Row row = table.row(cell.get(1))
                        .orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.tables.unknownRow", cell.get(1), table.id()));
                ReportKind.FormTable.Column column = table.column(cell.get(2))
                        .orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.tables.unknownColumn", cell.get(2), table.id()));
                BigDecimal value = action.equals("set") ? figure(cell.get(3)) : null;
                session.update(p -> p.withTableEntry(table.id(), row.id(), column.id(), value));
                session.save();
                ctx.say("cli.tables.saved", table.id(), row.name(), column.name(), value == null ? "" : value.toPlainString());
            }
            case "import" -> importTables(ctx, session, fileArgument());
            case "export" -> export(ctx, session, Path.of(fileArgument()));
            default -> throw new CliFailure(Cli.USAGE, "cli.tables.badAction", action);
        }
        return Cli.OK;
    }

    private String fileArgument() {
        if (cell.size() != 1) {
            throw new CliFailure(Cli.USAGE, "cli.tables.fileArgument", action);
        }
        return cell.get(0);
    }

    private Optional<ReportKind.FormTable> chosenTable(ReportKind kind) {
        if (tableId == null) {
            return Optional.empty();
        }
        return Optional.of(kind.formTable(tableId).orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.tables.unknownTable", tableId)));
    }

    /** Reads every table the source holds, shows what changes, and saves only when nothing was refused. */
    private void importTables(CliContext ctx, ProjectSession session, String source) throws Exception {
        ReportKind kind = session.kind();
        Optional<ReportKind.FormTable> chosen = chosenTable(kind);
        String name = source.equals("-") ? "-" : Path.of(source).getFileName().toString();
        List<FormTableImport> imports;
        try {
            imports = session.readTables(source, source.equals("-") ? ctx.in().readAllBytes() : null, chosen);
        } catch (WorkbookRefusal r) {
            throw new CliFailure(Cli.IO, r.code(), r.args());
        }
        Messages m = ctx.messages();
        boolean refused = imports.stream().anyMatch(FormTableImport::refused);
        for (FormTableImport imp : imports) {
            for (ImportIssue i : imp.issues()) {
                (i.severity() == ImportIssue.Severity.ERROR ? ctx.err() : ctx.out()).println(issueLine(i, m));
            }
        }
        if (refused) {
            throw new CliFailure(Cli.IO, "cli.tables.importRefused", name);
        }
        TableEntries entries = session.project().tables();
        int changed = 0;
        for (FormTableImport imp : imports) {
            for (FormTableImport.Change c : imp.changes(entries)) {
                ctx.say("cli.tables.change", imp.table().id(), c.row().name(), c.columnName(),
                        shown(c.before(), m), shown(c.after(), m));
                changed++;
            }
            entries = imp.applyTo(entries);
        }
        ctx.say("cli.tables.importSummary", changed, imports.stream().map(i -> i.table().id()).distinct().collect(Collectors.joining("、")));
        if (dryRun) {
            ctx.say("cli.import.dryRun");
            return;
        }
        if (changed > 0) {
            session.update(p -> {
                Project out = p;
                for (FormTableImport imp : imports) {
                    for (FormTableImport.Cell c : imp.cells()) {
                        out = out.withTableEntry(imp.table().id(), c.row().id(), c.column().id(), c.value());
                    }
                }
                return out;
            });
            session.save();
        }
    }

    private static String shown(Optional<BigDecimal> v, Messages m) {
        return v.map(BigDecimal::toPlainString).orElse(m.get("cli.tables.emptyCell"));
    }

    private static String issueLine(ImportIssue i, Messages m) {
        String label = switch (i.severity()) {
            case ERROR -> m.get("cli.import.severity.error");
            case WARNING -> m.get("cli.import.severity.warning");
            case INFO -> m.get("cli.import.severity.info");
        };
        String cellPlace = i.cell().isEmpty() || Character.isDigit(i.cell().charAt(i.cell().length() - 1)) || i.row() == 0
                ? i.cell() : i.cell() + i.row();
        String place = (i.sheet().isEmpty() ? "" : i.sheet() + (cellPlace.isEmpty() ? "" : "!")) + cellPlace;
        return "  " + label + (place.isEmpty() ? "" : " " + place) + " " + m.get(i.code(), i.argArray());
    }

    /** The typed tables laid out as the form prints them: a workbook with a sheet per table, or one table as CSV. */
    private void export(CliContext ctx, ProjectSession session, Path target) throws IOException {
        ReportKind kind = session.kind();
        List<ReportKind.FormTable> tables = chosenTable(kind).map(List::of).orElse(kind.formTables());
        boolean csv = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv && tables.size() != 1) {
            throw new CliFailure(Cli.USAGE, "cli.tables.csvOneTable",
                    kind.formTables().stream().map(ReportKind.FormTable::id).collect(Collectors.joining("、")));
        }
        session.exportTables(target, tables, t -> ctx.messages().get("intake.table.sheet", t.id()));
        ctx.say("cli.tables.exported", target.toString(), tables.stream().map(ReportKind.FormTable::id).collect(Collectors.joining("、")));
    }

    private static BigDecimal figure(String text) {
        try {
            BigDecimal v = org.nianbao.model.ValueRanges.typedFigure(text);
            if (v == null) {
                throw new CliFailure(Cli.INPUT, "cli.tables.badFigure", text);
            }
            return v;
        } catch (org.nianbao.model.InvalidValueException e) {
            throw new CliFailure(Cli.INPUT, "cli.tables.badFigure", text);
        }
    }

    /** Every cell of every form table, filled or not, with the ids set and clear take. */
    private void list(CliContext ctx, ProjectSession session) throws Exception {
        ArrayNode out = CliContext.json().createArrayNode();
        for (ReportKind.FormTable t : session.kind().formTables()) {
            for (ReportKind.FormTable.Row row : t.rows()) {
                if (row.group()) {
                    continue;
                }
                for (ReportKind.FormTable.Column c : t.columns()) {
                    String value = session.project().tables().value(t.id(), row.id(), c.id()).map(BigDecimal::toPlainString).orElse("");
                    if (output.json) {
                        var o = out.addObject();
                        o.put("table", t.id());
                        o.put("row", row.id());
                        o.put("rowName", row.name());
                        o.put("column", c.id());
                        o.put("columnName", c.group().isEmpty() ? c.name() : c.group() + " " + c.name());
                        o.put("value", value);
                    } else {
                        ctx.say("cli.tables.cell", t.id(), row.id(), c.id(), row.name(), c.name(), value);
                    }
                }
            }
        }
        if (output.json) {
            ctx.printJson(out);
        }
    }
}
