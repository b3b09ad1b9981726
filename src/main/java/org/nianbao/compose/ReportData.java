package org.nianbao.compose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.Project;
import org.nianbao.stats.Figures;

/**
 * The report's figures as data ({@code nianbao-report.json}), carried inside the exported PDF (an
 * associated file of the PDF/A-3) and the DOCX (a custom XML part), so that the province can read
 * them instead of re-typing them. Its shape is {@code docs/report-data.schema.json}; fields are only
 * ever added, never renamed, and {@code schemaVersion} says which shape a file has.
 */
public final class ReportData {
    /** The file name of the attachment in the PDF. */
    public static final String FILE_NAME = "nianbao-report.json";
    /** Bumped only when fields are added. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ReportData() {
    }

    static String json(Project project, ReportKind kind, Figures figures, Fields fields, LocalDate exportDate) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "nianbao-report-data"); // described by docs/report-data.schema.json
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode k = root.putObject("kind");
        k.put("id", kind.id());
        k.put("version", kind.version());
        k.put("name", kind.name());
        ObjectNode inst = root.putObject("institution");
        inst.put("name", project.institution().name());
        inst.put("office", project.institution().office());
        inst.put("phone", project.institution().phone());
        inst.put("email", project.institution().email());
        inst.put("website", project.institution().website());
        root.put("year", project.year().toString());
        ObjectNode window = root.putObject("window");
        window.put("start", kind.window(project.year()).start().toString());
        window.put("end", kind.window(project.year()).end().toString());
        LocalDate signed = project.signOff().date() != null ? project.signOff().date() : exportDate;
        root.put("reportDate", signed.toString());
        root.put("records", figures.records());
        ObjectNode f = root.putObject("fields");
        for (Fields.Field field : fields.all()) {
            f.put(field.name(), field.value());
        }
        ArrayNode channels = root.putArray("channels");
        for (ReportKind.Channel c : kind.channels()) {
            channels.addObject().put("id", c.id()).put("name", c.name())
                    .put("records", figures.recordsOnChannel(c.id()))
                    .put("figure", Fields.channelFigure(kind, figures, c.id()));
        }
        ArrayNode categories = root.putArray("categories");
        for (ReportKind.Category c : kind.categories()) {
            categories.addObject().put("number", c.number()).put("name", c.name())
                    .put("records", figures.recordsByCategory().getOrDefault(c.number(), 0L));
        }
        ObjectNode apps = root.putObject("applications");
        apps.put("received", figures.applicationsNew());
        apps.put("carriedOverFromLastYear", figures.applicationsCarriedOver());
        apps.put("open", figures.applicationsOpen());
        ObjectNode outcomes = apps.putObject("byOutcome");
        for (Map.Entry<String, Long> e : figures.applicationsByOutcome().entrySet()) {
            outcomes.put(e.getKey(), e.getValue());
        }
        ArrayNode cases = apps.putArray("cases");
        for (ApplicationCase a : project.applications()) {
            ObjectNode o = cases.addObject();
            o.put("received", a.received().toString());
            o.put("applicantType", a.applicantType());
            o.put("replied", a.replied() == null ? null : a.replied().toString());
            o.put("outcome", a.outcome());
            o.put("fee", a.fee());
            o.put("carriedOver", a.carriedOver());
        }
        ArrayNode items = root.putArray("items");
        for (ReportKind.ListItem item : kind.items()) {
            Project.ItemMark m = project.itemMarks().get(item.number());
            ObjectNode o = items.addObject().put("number", item.number()).put("name", item.name())
                    .put("records", figures.recordsByItem().getOrDefault(item.number(), 0L));
            if (m != null) {
                o.put("notApplicable", m.notApplicable());
                o.put("reason", m.reason());
                o.put("column", m.column());
                o.put("url", m.url());
                o.put("department", m.department());
            }
        }
        ObjectNode tables = root.putObject("formTables");
        // What the tables print: typed figures, and Table 3 counted from the applications where nothing was typed.
        org.nianbao.stats.FormTableFigures.printed(project, kind).cells().forEach((table, cells) -> {
            ObjectNode t = tables.putObject(table);
            cells.forEach((cell, value) -> t.put(cell, value));
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the report data is plain JSON", e);
        }
    }
}
