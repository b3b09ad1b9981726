package org.nianbao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.i18n.Messages;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.ImportOptions;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import r.nianbao file1.xlsx … [--department 教务处] [--map 发布时间=date,…] [--dry-run] [--json]}.
 * Exit 0 when every row of every file was accepted, 1 when any row or file was rejected.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<workbook>", descriptionKey = "import.files")
    List<Path> workbooks = new ArrayList<>();

    @Option(names = "--department", paramLabel = "<部门>", descriptionKey = "import.department")
    String department;

    @Option(names = "--map", split = ",", paramLabel = "<表头=字段>", descriptionKey = "import.map")
    List<String> map = new ArrayList<>();

    @Option(names = "--default-category", paramLabel = "<类别>", descriptionKey = "import.defaultCategory")
    String defaultCategory;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        Map<String, String> columnMap = new LinkedHashMap<>();
        for (String m : map) {
            int eq = m.indexOf('=');
            if (eq <= 0 || eq == m.length() - 1) {
                throw new CliFailure(Cli.USAGE, "cli.import.badMap", m);
            }
            columnMap.put(m.substring(0, eq).strip(), m.substring(eq + 1).strip());
        }
        ProjectSession session = ctx.open(project.file, "import", !dryRun);
        if (department != null && !department.isBlank() && !session.project().departments().contains(department.strip())) {
            ctx.err().println(ctx.messages().get("cli.import.newDepartment", department.strip()));
        }
        DepartmentIntake.Report report = new DepartmentIntake(session)
                .importFiles(workbooks, new ImportOptions(department, columnMap, defaultCategory), dryRun);
        if (output.json) {
            ctx.printJson(toJson(report, ctx.messages()));
        } else {
            print(report, ctx);
        }
        if (report.files().stream().anyMatch(FileImport::refusedForMemory)) {
            return Cli.IO; // not the department's mistake: this Java lacked memory, as for any resource it lacks
        }
        return report.allAccepted() ? Cli.OK : Cli.INPUT;
    }

    /** The contracted shape: {"files":[{"file","department","status","accepted","rejected","message","issues":[…]}]}. */
    static ObjectNode toJson(DepartmentIntake.Report report, Messages messages) {
        ObjectMapper m = CliContext.json();
        ObjectNode root = m.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileImport f : report.files()) {
            ObjectNode o = files.addObject();
            o.put("file", f.file());
            o.put("department", f.department());
            o.put("status", f.refused() ? "refused" : "imported");
            o.put("accepted", f.accepted());
            o.put("rejected", f.rejected());
            o.put("message", summary(f, messages));
            ArrayNode issues = o.putArray("issues");
            for (ImportIssue i : f.issues()) {
                ObjectNode io = issues.addObject();
                io.put("sheet", i.sheet());
                io.put("cell", i.cell());
                io.put("row", i.row());
                io.put("code", i.code());
                io.put("severity", i.severity().id());
                io.put("message", messages.get(i.code(), i.argArray()));
            }
        }
        return root;
    }

    private static String summary(FileImport f, Messages messages) {
        if (f.refused()) {
            ImportIssue reason = f.issues().get(0);
            return messages.get("cli.import.refused", messages.get(reason.code(), reason.argArray()));
        }
        return messages.get("cli.import.summary", f.department(), f.accepted(), f.rejected(),
                f.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.WARNING).count());
    }

    private static String severityLabel(ImportIssue.Severity severity, Messages messages) {
        return switch (severity) {
            case ERROR -> messages.get("cli.import.severity.error");
            case WARNING -> messages.get("cli.import.severity.warning");
            case INFO -> messages.get("cli.import.severity.info");
        };
    }

    private void print(DepartmentIntake.Report report, CliContext ctx) {
        for (FileImport f : report.files()) {
            ctx.out().println(f.file() + "：" + summary(f, ctx.messages()));
            for (ImportIssue i : f.issues()) {
                if (f.refused() && i == f.issues().get(0)) {
                    continue;
                }
                String where = i.sheet().isEmpty() ? "" : i.sheet() + (i.cell().isEmpty() ? "" : "!" + i.cell());
                ctx.out().println("  " + severityLabel(i.severity(), ctx.messages()) + " "
                        + where + " " + ctx.messages().get(i.code(), i.argArray()));
            }
        }
        if (dryRun) {
            ctx.say("cli.import.dryRun");
        }
    }
}
