package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.check.Finding;
import org.nianbao.model.AcademicYear;
import org.nianbao.workspace.ReviewWorkbook;
import org.nianbao.workspace.ReviewedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code review 报告.pdf} or {@code review 收到的报告/ [--out 审阅汇总.xlsx]}: a report someone published,
 * read the way {@code new --from} reads it and checked; exit 1 when any report has errors.
 */
@Command(name = "review", mixinStandardHelpOptions = true)
final class ReviewCommand extends CliCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<报告.pdf|.docx|.html|文件夹>", descriptionKey = "review.input")
    Path input;

    @Option(names = "--kind", paramLabel = "<id>", descriptionKey = "review.kind")
    String kind;

    @Option(names = "--year", paramLabel = "<2021-2022>", descriptionKey = "review.year")
    String year;

    @Option(names = "--out", paramLabel = "<审阅汇总.xlsx>", descriptionKey = "review.out")
    Path out;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        Optional<String> k = Optional.ofNullable(kind);
        Optional<AcademicYear> y = Optional.ofNullable(year).map(AcademicYear::parse);
        k.ifPresent(id -> ctx.workspace().kind(id));
        List<ReviewedReport> reports;
        if (Files.isDirectory(input)) {
            reports = ctx.workspace().reviewFolder(input, k, y,
                    (i, f) -> ctx.err().println(ctx.messages().get("cli.review.progress", i + 1, f.getFileName())));
        } else if (Files.isRegularFile(input)) {
            ReviewedReport one = ctx.workspace().reviewed(input, k, y);
            if (!one.read()) {
                // One file that cannot be read is the user's file at fault: its reason, and exit 3.
                throw new CliFailure(Cli.IO, one.problemKey(), one.problemArgs().toArray());
            }
            reports = List.of(one);
        } else {
            throw new CliFailure(Cli.IO, "cli.error.noSuchFile", input);
        }
        if (out != null) {
            ReviewWorkbook.write(out, reports, ctx.messages());
        }
        if (output.json) {
            ctx.printJson(toJson(reports, ctx));
        } else {
            for (ReviewedReport r : reports) {
                print(r, ctx, reports.size() > 1);
            }
            if (out != null) {
                ctx.say("cli.review.written", out, reports.size());
            }
        }
        boolean errors = reports.stream().anyMatch(r -> r.errors() > 0);
        boolean noneRead = reports.stream().noneMatch(ReviewedReport::read);
        return noneRead && !reports.isEmpty() ? Cli.IO : errors ? Cli.INPUT : Cli.OK;
    }

    private static void print(ReviewedReport r, CliContext ctx, boolean many) {
        if (!r.read()) {
            ctx.say("cli.review.unreadable", r.file().getFileName(), ctx.messages().get(r.problemKey(), r.problemArgs().toArray()));
            return;
        }
        ctx.say("cli.review.header", r.file().getFileName(), r.institution(), r.year(), r.kindId(), r.parts(), r.errors(),
                r.warnings(), r.signatureKey().isEmpty() ? "—" : ctx.messages().get(r.signatureKey()));
        if (many) {
            for (Finding f : r.firstErrors(3)) {
                ctx.out().println("  " + CheckCommand.line(f, ctx.messages()));
            }
        } else {
            CheckCommand.print(r.findings(), ctx);
        }
    }

    /** {"reports":[{"file","read","problem"?,"institution","year","kind","parts","errors","warnings","signature","findings":[…as check…]}]} */
    private static ObjectNode toJson(List<ReviewedReport> reports, CliContext ctx) {
        ObjectNode root = CliContext.json().createObjectNode();
        ArrayNode list = root.putArray("reports");
        for (ReviewedReport r : reports) {
            ObjectNode o = list.addObject();
            o.put("file", r.file().toString());
            o.put("read", r.read());
            if (!r.read()) {
                o.put("problem", ctx.messages().get(r.problemKey(), r.problemArgs().toArray()));
                continue;
            }
            o.put("institution", r.institution());
            o.put("year", r.year());
            o.put("kind", r.kindId());
            o.put("parts", r.parts());
            o.put("errors", r.errors());
            o.put("warnings", r.warnings());
            o.put("signature", r.signature());
            o.set("findings", CheckCommand.toJson(r.findings(), ctx.messages()).get("findings"));
        }
        return root;
    }
}
