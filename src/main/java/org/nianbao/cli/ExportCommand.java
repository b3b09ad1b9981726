package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.sign.SignException;
import org.nianbao.workspace.ExportRequest;
import org.nianbao.workspace.ExportResult;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Option(names = "--pdf", paramLabel = "<r.pdf>", descriptionKey = "export.pdf")
    Path pdf;

    @Option(names = "--docx", paramLabel = "<r.docx>", descriptionKey = "export.docx")
    Path docx;

    @Option(names = "--draft", descriptionKey = "export.draft")
    boolean draft;

    @Option(names = "--attach-records", descriptionKey = "export.attachRecords")
    boolean attachRecords;

    // --- signing (issue 6): export to a temp PDF, then sign it into --pdf ---
    @Option(names = "--sign", descriptionKey = "export.sign")
    boolean sign;

    @Mixin
    SignCommand.Signing signing;
    // --- end signing ---

    @Override
    public Integer call() throws Exception {
        if (pdf == null && docx == null) {
            throw new CliFailure(Cli.USAGE, "cli.export.nothing");
        }
        // --- signing (issue 6) ---
        if (sign && draft) {
            throw new CliFailure(Cli.USAGE, "cli.export.draftNotSigned");
        }
        if (sign && pdf == null) {
            throw new CliFailure(Cli.USAGE, "cli.export.signNeedsPdf");
        }
        if (!sign && signing.given()) {
            throw new CliFailure(Cli.USAGE, "cli.export.signOptionsWithoutSign");
        }
        if (attachRecords && pdf == null) {
            throw new CliFailure(Cli.USAGE, "cli.export.recordsNeedPdf");
        }
        // --- end signing ---
        ProjectSession session = ctx.workspace().open(project.file);
        // The password is asked for only once the checks pass, and before anything is written.
        ExportRequest request = new ExportRequest(pdf, docx, null, draft, f -> CheckCommand.line(f, ctx.messages()),
                sign ? () -> SignCommand.openKey(ctx, signing) : null, sign ? signing.request() : null, attachRecords);
        ExportResult result;
        try {
            result = session.export(request);
        } catch (SignException e) {
            throw SignCommand.failure(e);
        }
        if (!result.exported()) {
            CheckCommand.print(result.blocking(), ctx);
            throw new CliFailure(Cli.INPUT, "cli.export.blocked", result.blocking().size());
        }
        if (result.signed() != null) {
            SignCommand.report(ctx, result.key(), result.signed(), pdf);
        }
        if (pdf != null) {
            ctx.say("cli.export.wrote", pdf);
        }
        if (docx != null) {
            ctx.say("cli.export.wrote", docx);
        }
        return Cli.OK;
    }
}
