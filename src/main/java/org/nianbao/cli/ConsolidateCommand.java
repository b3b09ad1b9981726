package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code consolidate r.nianbao --out 汇总.xlsx}: every accepted record, for the archive. */
@Command(name = "consolidate", mixinStandardHelpOptions = true)
final class ConsolidateCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Option(names = "--out", required = true, paramLabel = "<汇总.xlsx>", descriptionKey = "consolidate.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.workspace().open(project.file);
        session.consolidate(out);
        ctx.say("cli.consolidate.wrote", out, session.project().records().size(), session.project().applications().size());
        return Cli.OK;
    }
}
