package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code link r.nianbao --previous last.nianbao}: last year's project, for the carry-over check. */
@Command(name = "link", mixinStandardHelpOptions = true)
final class LinkCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Option(names = "--previous", required = true, paramLabel = "<last.nianbao>", descriptionKey = "link.previous")
    Path previous;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.edit(project.file, "link");
        Project last = ctx.workspace().open(previous).project();
        if (!last.year().next().sameStart(session.project().year())) {
            throw new CliFailure(Cli.INPUT, "cli.link.notLastYear", last.year(), session.project().year());
        }
        Path base = project.file.toAbsolutePath().getParent();
        String relative;
        try {
            relative = base.relativize(previous.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            relative = ""; // another drive or share: no relative path reaches it
        }
        if (!org.nianbao.model.PreviousLink.isFollowable(relative)) {
            throw new CliFailure(Cli.INPUT, "cli.link.notRelative", previous.toString());
        }
        String link = relative;
        session.update(p -> p.withPrevious(link));
        session.save();
        ctx.say("cli.link.saved", link, last.year());
        return Cli.OK;
    }
}
