package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consolidate r.nianbao --out 汇总.xlsx}: every accepted record, for the archive. */
@Command(name = "consolidate", mixinStandardHelpOptions = true)
final class ConsolidateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "<汇总.xlsx>", descriptionKey = "consolidate.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        ProjectSession session = ctx.workspace().open(file);
        session.consolidate(out);
        ctx.say("cli.consolidate.wrote", out, session.project().records().size(), session.project().applications().size());
        return Cli.OK;
    }
}
