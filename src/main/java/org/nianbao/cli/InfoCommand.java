package org.nianbao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.workspace().open(project.file);
        if (output.json) {
            ctx.printJson(toJson(session));
        } else {
            printTable(ctx, session);
        }
        return Cli.OK;
    }

    /**
     * The machine-readable shape other tools rely on: kind, year, window, sections, institution
     * (an object whose {@code name} is the full name). Extend it; never rename. {@code year} is
     * written as the kind counts it: 2021-2022, or 2023 for a calendar-year kind ({@code calendarYear} true).
     */
    static ObjectNode toJson(ProjectSession session) {
        ObjectMapper m = CliContext.json();
        Project p = session.project();
        ObjectNode root = m.createObjectNode();
        root.put("kind", p.kindId());
        root.put("kindVersion", p.kindVersion());
        root.put("year", p.year().toString());
        root.put("calendarYear", session.kind().calendarYear());
        ObjectNode window = root.putObject("window");
        window.put("start", session.window().start().toString());
        window.put("end", session.window().end().toString());
        window.put("label", session.window().chineseLabel());
        root.put("deadline", session.kind().deadline(p.year()).toString());
        root.put("title", session.title());
        root.put("titleSet", !p.title().isEmpty());
        ArrayNode titleLines = root.putArray("titleLines");
        p.titleLines().forEach(titleLines::add);
        Institution inst = p.institution();
        ObjectNode i = root.putObject("institution");
        i.put("name", inst.name());
        i.put("office", inst.office());
        i.put("phone", inst.phone());
        i.put("email", inst.email());
        i.put("address", inst.address());
        i.put("website", inst.website());
        ArrayNode sections = root.putArray("sections");
        for (Section s : p.sections()) {
            ObjectNode o = sections.addObject();
            o.put("id", s.id());
            o.put("heading", s.heading());
            o.put("required", session.kind().section(s.id()).map(ReportKind.OutlineSection::required).orElse(false));
            o.put("paragraphs", s.paragraphs().size());
            o.put("characters", s.prose().codePointCount(0, s.prose().length()));
        }
        root.put("file", session.file().toString());
        return root;
    }

    private static void printTable(CliContext ctx, ProjectSession session) {
        Project p = session.project();
        ctx.say("cli.info.title", session.title());
        ctx.say("cli.info.kind", p.kindId(), session.kind().name());
        ctx.say(session.kind().calendarYear() ? "cli.info.calendarYear" : "cli.info.year", p.year());
        ctx.say("cli.info.window", session.window().chineseLabel());
        ctx.say("cli.info.deadline", session.kind().deadline(p.year()));
        ctx.say("cli.info.institution", p.institution().name());
        ctx.say("cli.info.sections");
        for (Section s : p.sections()) {
            ctx.say("cli.info.section", s.id(), s.heading(), s.prose().codePointCount(0, s.prose().length()));
        }
    }
}
