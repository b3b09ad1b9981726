package org.nianbao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--kind", defaultValue = "moe-academic-year", paramLabel = "<id>", descriptionKey = "new.kind")
    String kind;

    @Option(names = "--year", required = true, paramLabel = "<2021-2022>", descriptionKey = "new.year")
    String year;

    @Option(names = "--institution", required = true, paramLabel = "<全称>", descriptionKey = "new.institution")
    String institution;

    @Option(names = "--office", defaultValue = "", descriptionKey = "new.office")
    String office;

    @Option(names = "--phone", defaultValue = "", descriptionKey = "new.phone")
    String phone;

    @Option(names = "--email", defaultValue = "", descriptionKey = "new.email")
    String email;

    @Option(names = "--address", defaultValue = "", descriptionKey = "new.address")
    String address;

    @Option(names = "--website", defaultValue = "", descriptionKey = "new.website")
    String website;

    @Option(names = "--report-date", paramLabel = "<2022-10-30>", descriptionKey = "new.reportDate")
    LocalDate reportDate;

    @Option(names = "--out", required = true, paramLabel = "<file.nianbao>", descriptionKey = "new.out")
    Path out;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        Institution inst = new Institution(institution, office, phone, email, address, website);
        Project project = ctx.workspace().newProject(kind, AcademicYear.parse(year), inst)
                .withSignOff(new SignOff(inst.name(), reportDate));
        ProjectSession session = ctx.workspace().create(out, project, force);
        ctx.say("cli.new.created", out, session.title(), session.window().chineseLabel());
        return Cli.OK;
    }
}
