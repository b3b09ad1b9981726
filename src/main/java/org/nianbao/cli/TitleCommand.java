package org.nianbao.cli;

import java.util.concurrent.Callable;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/**
 * {@code title r.nianbao [--set "…\n…" | --clear]}: the report's title as the secretary words and
 * breaks it herself (a line break, or {@code \n}, where a line ends), or, cleared, the kind's,
 * broken between its words by the renderers. Without an option, shows the title and its lines.
 */
@Command(name = "title", mixinStandardHelpOptions = true)
final class TitleCommand extends CliCommand implements Callable<Integer> {

    @Mixin
    ProjectFileParameter project;

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--set", paramLabel = "<标题>", descriptionKey = "title.set")
        String set;

        @Option(names = "--clear", descriptionKey = "title.clear")
        boolean clear;
    }

    @Override
    public Integer call() throws Exception {
        if (choice == null) {
            show(ctx, ctx.workspace().open(project.file));
            return Cli.OK;
        }
        ProjectSession session = ctx.edit(project.file, "title");
        session.update(p -> p.withTitle(choice.clear ? "" : choice.set));
        session.save();
        show(ctx, session);
        return Cli.OK;
    }

    private static void show(CliContext ctx, ProjectSession session) {
        if (session.project().title().isEmpty()) {
            ctx.say("cli.title.kinds", session.title());
            return;
        }
        ctx.say("cli.title.own", session.project().titleLines().size());
        session.project().titleLines().forEach(line -> ctx.say("cli.title.line", line));
    }
}
