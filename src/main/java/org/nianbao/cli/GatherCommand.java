package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.InvalidValueException;
import org.nianbao.workspace.GatherPage;
import org.nianbao.workspace.GatherSummary;
import org.nianbao.workspace.GatherWorkbook;
import org.nianbao.workspace.GatheredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gather 收到的报告/ --out 全省汇总.xlsx [--year 2025-2026] [--previous 上年汇总.xlsx] [--html 全省汇总.html] [--json]}: the province's summary of
 * every college's report, exact where a report carries its figures, 估读 where it does not.
 */
@Command(name = "gather", mixinStandardHelpOptions = true)
final class GatherCommand extends CliCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<文件夹>", descriptionKey = "gather.folder")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "<全省汇总.xlsx>", descriptionKey = "gather.out")
    Path out;

    @Option(names = "--year", paramLabel = "<2025-2026>", descriptionKey = "gather.year")
    String year;

    @Option(names = "--previous", paramLabel = "<上年汇总.xlsx>", descriptionKey = "gather.previous")
    Path previous;

    @Option(names = "--html", paramLabel = "<全省汇总.html>", descriptionKey = "gather.html")
    Path html;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(Cli.IO, "cli.error.noSuchFile", folder);
        }
        // Last year's summary is read first: a wrong file stops before a hundred reports are read.
        Optional<GatherWorkbook.LastYear> lastYear = Optional.empty();
        if (previous != null) {
            if (!Files.isRegularFile(previous)) {
                throw new CliFailure(Cli.IO, "cli.error.noSuchFile", previous);
            }
            try {
                lastYear = Optional.of(GatherWorkbook.readLastYear(previous, ctx.messages()));
            } catch (InvalidValueException e) {
                throw new CliFailure(Cli.IO, e.key(), e.args());
            }
        }
        List<GatheredReport> reports = ctx.workspace().gather(folder, Optional.ofNullable(year).map(AcademicYear::parse),
                (i, f) -> ctx.err().println(ctx.messages().get("cli.gather.progress", i + 1, f.getFileName())));
        GatherWorkbook.write(out, reports, lastYear, ctx.messages());
        if (html != null) {
            GatherPage.write(html, GatherSummary.of(reports, ctx.messages()), ctx.messages());
        }
        long embedded = reports.stream().filter(GatheredReport::embedded).count();
        long unread = reports.stream().filter(r -> !r.read()).count();
        if (output.json) {
            ObjectNode root = CliContext.json().createObjectNode();
            root.put("out", out.toString());
            if (html != null) {
                root.put("html", html.toString());
            }
            ArrayNode list = root.putArray("reports");
            for (GatheredReport r : reports) {
                ObjectNode o = list.addObject();
                o.put("file", r.file().toString());
                o.put("read", r.read());
                if (!r.read()) {
                    o.put("problem", ctx.messages().get(r.review().problemKey(), r.review().problemArgs().toArray()));
                    continue;
                }
                o.put("institution", r.institution());
                o.put("year", r.year());
                o.put("source", r.embedded() ? "embedded" : "estimated");
                o.put("signature", r.review().signature());
                o.put("errors", r.review().errors());
                o.put("warnings", r.review().warnings());
            }
            ctx.printJson(root);
        } else {
            ctx.say("cli.gather.written", out, reports.size(), embedded, reports.size() - embedded - unread, unread);
            if (html != null) {
                ctx.say("cli.gather.html", html);
            }
        }
        return Cli.OK;
    }
}
