package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

    @Option(names = "--pdf", paramLabel = "<r.pdf>", descriptionKey = "export.pdf")
    Path pdf;

    @Option(names = "--docx", paramLabel = "<r.docx>", descriptionKey = "export.docx")
    Path docx;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        if (pdf == null && docx == null) {
            throw new CliFailure(Cli.USAGE, "cli.export.nothing");
        }
        ProjectSession session = ctx.workspace().open(file);
        session.export(pdf, docx);
        if (pdf != null) {
            ctx.say("cli.export.wrote", pdf);
        }
        if (docx != null) {
            ctx.say("cli.export.wrote", docx);
        }
        return Cli.OK;
    }
}
