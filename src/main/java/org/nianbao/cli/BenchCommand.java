package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench [--json] [--rows N] [--files N]}: the speed and memory figures, as a table. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true)
final class BenchCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    JsonOption output;

    @Option(names = "--rows", defaultValue = "1000000", descriptionKey = "bench.rows")
    long rows;

    @Option(names = "--files", defaultValue = "60", descriptionKey = "bench.files")
    int files;

    @Option(names = "--reports", defaultValue = "200", descriptionKey = "bench.reports")
    int reports;

    @Option(names = "--dir", descriptionKey = "bench.dir")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (rows < files || files < 1) {
            throw new CliFailure(Cli.USAGE, "cli.bench.badSize");
        }
        Bench.Results results = new Bench(ctx.workspace()).run(dir, files, rows, reports, msg -> ctx.err().println(msg));
        if (output.json) {
            ObjectNode root = CliContext.json().createObjectNode();
            ObjectNode intake = root.putObject("intake");
            intake.put("rows", results.intake().rows());
            intake.put("files", results.intake().files());
            intake.put("accepted", results.intake().accepted());
            intake.put("ours_ms", results.intake().oursMs());
            intake.put("sax_baseline_ms", results.intake().saxBaselineMs());
            intake.put("raw_sax_ms", results.intake().rawSaxMs());
            intake.put("ratio", Math.round(results.intake().ratio() * 100) / 100.0);
            intake.put("max_heap_mb", results.intake().maxHeapMb());
            ObjectNode checks = root.putObject("checks");
            checks.put("records", results.checks().records());
            checks.put("findings", results.checks().findings());
            checks.put("warm_ms", results.checks().warmMedianMs());
            checks.put("warm_max_ms", results.checks().warmMaxMs());
            ObjectNode prose = root.putObject("prose_checks");
            prose.put("characters", results.prose().characters());
            prose.put("findings", results.prose().findings());
            prose.put("warm_ms", results.prose().warmMedianMs());
            prose.put("warm_max_ms", results.prose().warmMaxMs());
            ObjectNode export = root.putObject("export");
            export.put("pages", results.export().pages());
            export.put("warm_ms", results.export().warmMs());
            export.put("cold_cli_ms", results.export().coldCliMs());
            export.put("soffice_ms", results.export().sofficeMs());
            ObjectNode published = root.putObject("published");
            published.put("pdf_pages", results.published().pages());
            published.put("read_pdf_ms", results.published().readPdfMs());
            published.put("reports", results.published().reports());
            published.put("review_ms", results.published().reviewMs());
            published.put("gather_ms", results.published().gatherMs());
            root.putObject("launch").put("window_ms", results.app().windowMs());
            ObjectNode app = root.putObject("app");
            app.put("open_ms", results.app().openMs());
            app.put("preview_first_ms", results.app().previewFirstMs());
            app.put("preview_update_ms", results.app().previewUpdateMs());
            app.put("preview_after_edit_ms", results.app().previewAfterEditMs());
            ctx.printJson(root);
        } else {
            ctx.say("cli.bench.header");
            ctx.say("cli.bench.intake", results.intake().files(), results.intake().rows(), results.intake().oursMs(),
                    results.intake().saxBaselineMs(), results.intake().rawSaxMs(), String.format("%.2f", results.intake().ratio()), results.intake().maxHeapMb());
            ctx.say("cli.bench.checks", results.checks().records(), results.checks().warmMedianMs(), results.checks().warmMaxMs());
            ctx.say("cli.bench.proseChecks", results.prose().characters(), results.prose().warmMedianMs(),
                    results.prose().warmMaxMs(), results.prose().findings());
            ctx.say("cli.bench.export", results.export().pages(), results.export().warmMs(), results.export().coldCliMs(),
                    results.export().sofficeMs());
            ctx.say("cli.bench.published", results.published().pages(), results.published().readPdfMs(),
                    results.published().reports(), results.published().reviewMs(), results.published().gatherMs());
            ctx.say("cli.bench.launch", results.app().windowMs());
            ctx.say("cli.bench.app", results.app().openMs(), results.app().previewFirstMs(), results.app().previewUpdateMs(),
                    results.app().previewAfterEditMs());
        }
        return Cli.OK;
    }
}
