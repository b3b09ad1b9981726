package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.nianbao.check.Fixes;
import java.util.concurrent.Callable;
import org.nianbao.check.Finding;
import org.nianbao.i18n.Messages;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check r.nianbao [--json]}: exit 1 while any error is not overridden. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Mixin
    JsonOption output;

    @Option(names = "--fix", split = ",", paramLabel = "<code>", descriptionKey = "check.fix")
    List<String> fix = List.of();

    @Override
    public Integer call() throws Exception {
        for (String code : fix) {
            if (!code.startsWith("check.") || !ctx.messages().has(code)) {
                throw new CliFailure(Cli.USAGE, "cli.check.fixUnknownCode", code);
            }
        }
        // Only --fix changes the project: then the command holds its lock like every other writer.
        ProjectSession session = ctx.open(project.file, "check --fix", !fix.isEmpty());
        List<Finding> findings = session.check();
        int fixed = 0;
        if (!fix.isEmpty()) {
            Set<String> codes = Set.copyOf(fix);
            Fixes.Applied applied = session.fixes(findings.stream().filter(f -> codes.contains(f.code())).toList());
            fixed = applied.count();
            if (fixed > 0) {
                session.update(p -> applied.project());
                session.save();
                findings = session.check();
            }
        }
        if (output.json) {
            ObjectNode out = toJson(findings, ctx.messages());
            if (!fix.isEmpty()) {
                out.put("fixed", fixed);
            }
            ctx.printJson(out);
        } else {
            if (!fix.isEmpty()) {
                ctx.say("cli.check.fixed", fixed, String.join(", ", fix));
            }
            print(findings, ctx);
        }
        return findings.stream().anyMatch(Finding::blocking) ? Cli.INPUT : Cli.OK;
    }

    /**
     * The contracted shape {"findings":[{"severity","code","location","excerpt","message"}]};
     * overridden errors also carry "overridden": true and "reason"; a finding with one unambiguous
     * correction carries "fix": {"replace","with"}. After {@code --fix}, "fixed" says how many were applied.
     */
    static ObjectNode toJson(List<Finding> findings, Messages messages) {
        ObjectNode root = CliContext.json().createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("severity", f.severity().id());
            o.put("code", f.code());
            o.put("location", f.location());
            o.put("excerpt", f.excerpt());
            o.put("message", messages.get(f.code(), f.argArray()));
            o.put("overridden", f.overridden());
            if (f.overridden()) {
                o.put("reason", f.overrideReason());
            }
            if (f.fix() != null) {
                ObjectNode fixNode = o.putObject("fix");
                fixNode.put("replace", f.fix().replace());
                fixNode.put("with", f.fix().with());
            }
        }
        return root;
    }

    /** One line per finding, as the CLI prints them (also used by export when it refuses). */
    static void print(List<Finding> findings, CliContext ctx) {
        Messages m = ctx.messages();
        if (findings.isEmpty()) {
            ctx.say("cli.check.none");
            return;
        }
        for (Finding f : findings) {
            ctx.out().println(line(f, m));
        }
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long overridden = findings.stream().filter(Finding::overridden).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
        ctx.say("cli.check.summary", errors, overridden, warnings, infos);
    }

    static String line(Finding f, Messages m) {
        String label = f.overridden() ? m.get("cli.check.overridden", f.overrideReason()) : switch (f.severity()) {
            case ERROR -> m.get("cli.check.severity.error");
            case WARNING -> m.get("cli.check.severity.warning");
            case INFO -> m.get("cli.check.severity.info");
        };
        return label + " " + f.location() + "  " + m.get(f.code(), f.argArray()) + "  (" + f.code() + ")";
    }
}
