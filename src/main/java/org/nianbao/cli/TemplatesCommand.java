package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code templates r.nianbao --out dir/ [--department 教务处 …]}: one .xlsx per department. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "templates.out")
    Path out;

    @Option(names = "--department", paramLabel = "<部门>", descriptionKey = "templates.department")
    List<String> departments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        ProjectSession session = ctx.workspace().open(file);
        List<String> chosen = departments.isEmpty() ? session.project().departments() : departments;
        if (chosen.isEmpty()) {
            throw new CliFailure(Cli.INPUT, "cli.templates.noDepartments", file);
        }
        for (String d : chosen) {
            if (!session.project().departments().contains(d)) {
                throw new CliFailure(Cli.INPUT, "cli.templates.unknownDepartment", d, String.join("、", session.project().departments()));
            }
        }
        for (Path written : new DepartmentIntake(session).writeTemplates(out, chosen)) {
            ctx.say("cli.templates.wrote", written);
        }
        return Cli.OK;
    }
}
