package org.nianbao.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.nianbao.check.Finding;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code override r.nianbao --code <code> --location <location> --reason "…"}. */
@Command(name = "override", mixinStandardHelpOptions = true)
final class OverrideCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Option(names = "--code", required = true, descriptionKey = "override.code")
    String code;

    @Option(names = "--location", required = true, descriptionKey = "override.location")
    String location;

    @Option(names = "--reason", required = true, descriptionKey = "override.reason")
    String reason;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.edit(project.file, "override");
        Finding target = session.check().stream()
                .filter(f -> f.code().equals(code) && f.location().equals(location))
                .findFirst()
                .orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.override.noSuchFinding", code, location));
        if (target.severity() != Finding.Severity.ERROR) {
            throw new CliFailure(Cli.INPUT, "cli.override.notError", code);
        }
        Project.Override override = new Project.Override(code, location, target.excerpt(), reason,
                LocalDate.now(ctx.workspace().clock()));
        session.update(p -> p.withOverride(override));
        session.save();
        ctx.say("cli.override.saved", code, location, override.reason());
        return Cli.OK;
    }
}
