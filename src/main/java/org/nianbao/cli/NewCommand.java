package org.nianbao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.published.ReportReading;
import org.nianbao.workspace.Workspace;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--kind", paramLabel = "<id>", descriptionKey = "new.kind")
    String kind;

    @Option(names = "--year", paramLabel = "<2021-2022>", descriptionKey = "new.year")
    String year;

    @Option(names = "--institution", paramLabel = "<全称>", descriptionKey = "new.institution")
    String institution;

    @Option(names = "--from", paramLabel = "<上年报告.docx|.pdf|.html|.txt>", descriptionKey = "new.from")
    Path from;

    @Mixin
    JsonOption output;

    @Option(names = "--office", defaultValue = "", descriptionKey = "new.office")
    String office;

    @Option(names = "--phone", defaultValue = "", descriptionKey = "new.phone")
    String phone;

    @Option(names = "--email", defaultValue = "", descriptionKey = "new.email")
    String email;

    @Option(names = "--address", defaultValue = "", descriptionKey = "new.address")
    String address;

    @Option(names = "--website", defaultValue = "", descriptionKey = "new.website")
    String website;

    @Option(names = "--report-date", paramLabel = "<2022-10-30>", descriptionKey = "new.reportDate")
    LocalDate reportDate;

    @Option(names = "--title", paramLabel = "<标题>", descriptionKey = "new.title")
    String title;

    @Option(names = "--out", required = true, paramLabel = "<file.nianbao>", descriptionKey = "new.out")
    Path out;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (from == null) {
            if (year == null || institution == null) {
                throw new CliFailure(Cli.USAGE, "cli.new.needYearAndInstitution");
            }
            Institution inst = new Institution(institution, office, phone, email, address, website);
            Project project = ctx.workspace().newProject(kind == null ? "moe-academic-year" : kind, AcademicYear.parse(year), inst)
                    .withSignOff(new SignOff(inst.name(), reportDate)).withTitle(title);
            ProjectSession session = ctx.workspace().create(out, project, force);
            if (output.json) {
                ctx.printJson(summary(session, null, ctx));
            } else {
                ctx.say("cli.new.created", out, session.title(), session.window().chineseLabel());
            }
            return Cli.OK;
        }
        Workspace.FromPublished read = ctx.workspace().newFromPublished(from, Optional.ofNullable(kind),
                Optional.ofNullable(year).map(AcademicYear::parse), Optional.ofNullable(institution));
        Institution was = read.project().institution();
        Institution inst = new Institution(was.name(), office.isEmpty() ? was.office() : office, phone.isEmpty() ? was.phone() : phone,
                email.isEmpty() ? was.email() : email, address, website);
        Project project = read.project().withInstitution(inst).withSignOff(new SignOff(inst.name(), reportDate));
        ProjectSession session = ctx.workspace().create(out, project, force);
        if (output.json) {
            ctx.printJson(summary(session, read.reading(), ctx));
            return Cli.OK;
        }
        ctx.say("cli.new.created", out, session.title(), session.window().chineseLabel());
        ReportReading.Reading r = read.reading();
        long mapped = r.parts().stream().filter(p -> !p.added()).count();
        ctx.say("cli.new.fromRead", from.getFileName(), r.title().isEmpty() ? "—" : r.title(), mapped,
                r.parts().size() - mapped, r.marks().size(), r.removed().size());
        for (ReportReading.Note n : r.notes()) {
            ctx.out().println("  " + ctx.messages().get(n.key(), n.args().toArray()));
        }
        for (String line : r.removed()) {
            ctx.out().println("  " + ctx.messages().get("cli.new.removedLine", line));
        }
        ctx.say("cli.new.todo", out);
        return Cli.OK;
    }

    /** {"file","title","year","window","institution","read":{…}} — "read" only with --from. */
    private static ObjectNode summary(ProjectSession session, ReportReading.Reading r, CliContext ctx) {
        ObjectNode root = CliContext.json().createObjectNode();
        root.put("file", session.file().toString());
        root.put("title", session.title());
        root.put("year", session.project().year().toString());
        root.put("window", session.window().chineseLabel());
        root.put("institution", session.project().institution().name());
        if (r != null) {
            ObjectNode read = root.putObject("read");
            read.put("title", r.title());
            read.put("institution", r.institution());
            read.put("year", r.year().map(Object::toString).orElse(""));
            ArrayNode parts = read.putArray("sections");
            for (ReportReading.Part p : r.parts()) {
                ObjectNode o = parts.addObject();
                o.put("section", p.sectionId());
                o.put("heading", p.heading());
                o.put("paragraphs", p.paragraphs().size());
                o.put("tables", p.tables().size());
                o.put("added", p.added());
            }
            read.put("marks", r.marks().size());
            ArrayNode notes = read.putArray("notes");
            for (ReportReading.Note n : r.notes()) {
                ObjectNode o = notes.addObject();
                o.put("code", n.key());
                o.put("message", ctx.messages().get(n.key(), n.args().toArray()));
            }
            ArrayNode removed = read.putArray("removed");
            r.removed().forEach(removed::add);
        }
        return root;
    }
}
