package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The 清单 items' status for the appendix table:
 * {@code items r.nianbao list [--json]},
 * {@code items r.nianbao set 1-6,15 --column 栏目 --url https://… [--department 部门]},
 * {@code items r.nianbao set 11-14 --not-applicable --reason "…"},
 * {@code items r.nianbao clear 5}.
 */
@Command(name = "items", mixinStandardHelpOptions = true)
final class ItemsCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Parameters(index = "1", paramLabel = "list|set|clear", descriptionKey = "items.action")
    String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "<1-6,15>", descriptionKey = "items.numbers")
    String numbers;

    @Option(names = "--not-applicable", descriptionKey = "items.notApplicable")
    boolean notApplicable;

    @Option(names = "--reason", defaultValue = "", descriptionKey = "items.reason")
    String reason;

    @Option(names = "--column", defaultValue = "", descriptionKey = "items.column")
    String column;

    @Option(names = "--url", defaultValue = "", descriptionKey = "items.url")
    String url;

    @Option(names = "--department", defaultValue = "", descriptionKey = "items.department")
    String department;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.open(project.file, "items", !action.equals("list"));
        switch (action) {
            case "list" -> list(ctx, session);
            case "set", "clear" -> {
                if (numbers == null) {
                    throw new CliFailure(Cli.USAGE, "cli.items.noNumbers");
                }
                List<Integer> chosen = parse(numbers, session.kind());
                if (action.equals("set")) {
                    if (notApplicable && reason.isBlank()) {
                        throw new CliFailure(Cli.INPUT, "cli.items.reasonMissing");
                    }
                    if (!notApplicable && column.isBlank() && url.isBlank()) {
                        throw new CliFailure(Cli.USAGE, "cli.items.placeMissing");
                    }
                }
                Project.ItemMark mark = action.equals("clear") ? null
                        : new Project.ItemMark(notApplicable, reason, column, url, department);
                for (int n : chosen) {
                    session.update(p -> p.withItemMark(n, mark));
                }
                session.save();
                ctx.say("cli.items.saved", chosen.size());
            }
            default -> throw new CliFailure(Cli.USAGE, "cli.items.badAction", action);
        }
        return Cli.OK;
    }

    private void list(CliContext ctx, ProjectSession session) throws Exception {
        ArrayNode out = CliContext.json().createArrayNode();
        for (ReportKind.ListItem item : session.kind().items()) {
            Project.ItemMark m = session.project().itemMarks().get(item.number());
            if (output.json) {
                var o = out.addObject();
                o.put("number", item.number());
                o.put("category", item.category());
                o.put("name", item.name());
                o.put("wording", item.printedName());
                o.put("status", m == null ? "open" : m.notApplicable() ? "not-applicable" : "published");
                o.put("reason", m == null ? "" : m.reason());
                o.put("column", m == null ? "" : m.column());
                o.put("url", m == null ? "" : m.url());
                o.put("department", m == null ? "" : m.department());
            } else if (m == null) {
                ctx.say("cli.items.open", item.number(), item.name());
            } else if (m.notApplicable()) {
                ctx.say("cli.items.notApplicable", item.number(), item.name(), m.reason());
            } else {
                ctx.say("cli.items.published", item.number(), item.name(), m.column(), m.url(), m.department());
            }
        }
        if (output.json) {
            ctx.printJson(out);
        }
    }

    /** "1-6,15,43-46" → item numbers, each checked against the kind. */
    static List<Integer> parse(String text, ReportKind kind) {
        TreeSet<Integer> out = new TreeSet<>();
        for (String part : text.split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.split("[-–~]", 2);
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                for (int n = from; n <= to; n++) {
                    final int number = n;
                    if (kind.items().stream().noneMatch(i -> i.number() == number)) {
                        throw new CliFailure(Cli.INPUT, "cli.items.unknown", number, kind.items().size());
                    }
                    out.add(n);
                }
            } catch (NumberFormatException e) {
                throw new CliFailure(Cli.USAGE, "cli.items.badNumbers", text);
            }
        }
        return new ArrayList<>(out);
    }
}
