package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.kind.ReportKind;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The figures typed into the kind's form tables (government Tables 3 and 4):
 * {@code tables r.nianbao list [--json]},
 * {@code tables r.nianbao set 3 3.1 natural 5} (table, row, column, figure),
 * {@code tables r.nianbao clear 3 3.1 natural}. Row and column ids are the kind's (list shows them).
 */
@Command(name = "tables", mixinStandardHelpOptions = true)
final class TablesCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

    @Parameters(index = "1", paramLabel = "list|set|clear", descriptionKey = "tables.action")
    String action;

    @Parameters(index = "2..*", arity = "0..4", paramLabel = "<table> <row> <column> [<figure>]", descriptionKey = "tables.cell")
    java.util.List<String> cell = new java.util.ArrayList<>();

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        ProjectSession session = ctx.open(file, "tables", !action.equals("list"));
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
            default -> throw new CliFailure(Cli.USAGE, "cli.tables.badAction", action);
        }
        return Cli.OK;
    }

    private static BigDecimal figure(String text) {
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() < 0) {
                throw new CliFailure(Cli.INPUT, "cli.tables.badFigure", text);
            }
            return v;
        } catch (NumberFormatException e) {
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
                    if (json) {
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
        if (json) {
            ctx.printJson(out);
        }
    }
}
