package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code templates r.nianbao --out dir/ [--department 教务处 …]}: one .xlsx per department. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "templates.out")
    Path out;

    @Option(names = "--department", paramLabel = "<部门>", descriptionKey = "templates.department")
    List<String> departments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.workspace().open(project.file);
        List<String> chosen = departments.isEmpty() ? session.project().departments() : departments;
        if (chosen.isEmpty()) {
            throw new CliFailure(Cli.INPUT, "cli.templates.noDepartments", project.file);
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
