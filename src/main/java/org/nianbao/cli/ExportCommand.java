package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.check.Finding;
import org.nianbao.compose.Document;
import org.nianbao.sign.SigningKey;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        CliContext ctx = root.ctx();
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
        ProjectSession session = ctx.workspace().open(file);
        List<Finding> findings = session.check();
        List<Finding> blocking = findings.stream().filter(Finding::blocking).toList();
        if (draft) {
            List<String> open = findings.stream()
                    .filter(f -> f.severity() != Finding.Severity.INFO && !f.overridden())
                    .map(f -> CheckCommand.line(f, ctx.messages()))
                    .toList();
            Document document = session.compose().asDraft(open);
            session.write(attachRecords ? session.withRecords(document) : document, pdf, docx);
        } else if (!blocking.isEmpty()) {
            CheckCommand.print(blocking, ctx);
            throw new CliFailure(Cli.INPUT, "cli.export.blocked", blocking.size());
        } else if (sign) {
            // The password is asked for only once the checks pass, and before anything is written.
            SigningKey key = SignCommand.openKey(ctx, signing);
            SignCommand.report(ctx, key, SignCommand.signed(() -> session.writeSigned(composed(session), pdf, docx, key, signing.request())), pdf);
        } else {
            session.write(composed(session), pdf, docx);
        }
        if (pdf != null) {
            ctx.say("cli.export.wrote", pdf);
        }
        if (docx != null) {
            ctx.say("cli.export.wrote", docx);
        }
        return Cli.OK;
    }

    /** The report to write, with the records workbook attached to the PDF when asked. */
    private Document composed(ProjectSession session) throws java.io.IOException {
        Document document = session.compose();
        return attachRecords ? session.withRecords(document) : document;
    }
}
