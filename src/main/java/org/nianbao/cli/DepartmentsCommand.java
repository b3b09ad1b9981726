package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code departments r.nianbao add 教务处 …} and {@code departments r.nianbao list}. */
@Command(name = "departments", mixinStandardHelpOptions = true)
final class DepartmentsCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Parameters(index = "1", paramLabel = "add|list", descriptionKey = "departments.action")
    String action;

    @Parameters(index = "2..*", paramLabel = "<部门>", arity = "0..*", descriptionKey = "departments.names")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.open(project.file, "departments", action.equals("add"));
        switch (action) {
            case "add" -> {
                if (names.isEmpty()) {
                    throw new CliFailure(Cli.USAGE, "cli.departments.noNames");
                }
                int before = session.project().departments().size();
                session.update(p -> p.withDepartmentsAdded(names));
                session.save();
                ctx.say("cli.departments.added", session.project().departments().size() - before,
                        session.project().departments().size());
            }
            case "list" -> {
                for (String d : session.project().departments()) {
                    DepartmentSubmission s = session.project().submission(d).orElse(null);
                    if (s == null) {
                        ctx.say("cli.departments.missing", d);
                    } else {
                        ctx.say("cli.departments.received", d, s.file(), s.records().size(), s.applications().size(),
                                s.rejected(), s.warnings());
                    }
                }
            }
            default -> throw new CliFailure(Cli.USAGE, "cli.departments.badAction", action);
        }
        return Cli.OK;
    }
}
