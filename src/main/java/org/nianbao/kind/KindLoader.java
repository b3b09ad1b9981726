package org.nianbao.kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates a report-kind JSON file. Every problem names the file and the field path
 * (e.g. {@code items[12].category}), because kinds may also come from users.
 */
public final class KindLoader {
    private static final Set<String> TOP_LEVEL = Set.of("id", "version", "name", "nameEn", "source",
            "titlePattern", "windowRule", "deadline", "replyLimitWorkingDays", "replyExtensionWorkingDays", "replyExtensionMarks", "basis", "outline",
            "categories", "items", "channels", "applicantTypes", "outcomes", "counts", "formTables");

    private final ObjectMapper mapper = new ObjectMapper();

    public ReportKind load(String fileName, InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new KindException(fileName, "line " + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new KindException(fileName, "(root)", "must be a JSON object");
        }
        return new Reader(fileName).kind(root);
    }

    /** One pass over one file; keeps the file name for messages. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        ReportKind kind(JsonNode root) {
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!TOP_LEVEL.contains(name)) {
                    throw new KindException(file, name, "unknown field");
                }
            }
            String windowRuleId = text(root, "windowRule", "");
            ReportKind.WindowRule windowRule = ReportKind.WindowRule.byId(windowRuleId)
                    .orElseThrow(() -> new KindException(file, "windowRule",
                            "must be \"academic-year\" or \"calendar-year\", not \"" + windowRuleId + "\""));
            JsonNode d = object(root, "deadline", "deadline");
            ReportKind.Deadline deadline = new ReportKind.Deadline(integer(d, "yearOffset", "deadline.", 0, 2),
                    integer(d, "month", "deadline.", 1, 12), integer(d, "day", "deadline.", 1, 31));

            List<ReportKind.OutlineSection> outline = list(root, "outline", (n, path) -> new ReportKind.OutlineSection(
                    id(n, path), text(n, "heading", path), bool(n, "required", path, true),
                    strings(n, "contents", path), optionalText(n, "hint"), bool(n, "appendix", path, false),
                    tables(n, path), optionalText(n, "defaultProse")));
            requireNonEmpty(outline, "outline");
            unique(outline, ReportKind.OutlineSection::id, "outline", "id");

            List<ReportKind.Category> categories = list(root, "categories", (n, path) -> new ReportKind.Category(
                    integer(n, "number", path, 1, 99), text(n, "numeral", path), text(n, "name", path),
                    text(n, "short", path)));
            unique(categories, c -> String.valueOf(c.number()), "categories", "number");
            Set<Integer> categoryNumbers = new HashSet<>();
            categories.forEach(c -> categoryNumbers.add(c.number()));

            List<ReportKind.ListItem> items = list(root, "items", (n, path) -> {
                int category = integer(n, "category", path, 1, 99);
                if (!categoryNumbers.contains(category)) {
                    throw new KindException(file, path + "category", "no category numbered " + category);
                }
                return new ReportKind.ListItem(integer(n, "number", path, 1, 999), category, text(n, "name", path),
                        bool(n, "verified", path, false), bool(n, "mayBeNotApplicable", path, false),
                        optionalText(n, "wording"), optionalText(n, "source"));
            });
            unique(items, i -> String.valueOf(i.number()), "items", "number");

            List<ReportKind.Channel> channels = list(root, "channels", (n, path) -> new ReportKind.Channel(
                    id(n, path), text(n, "name", path), strings(n, "synonyms", path)));
            unique(channels, ReportKind.Channel::id, "channels", "id");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < channels.size(); i++) {
                ReportKind.Channel c = channels.get(i);
                List<String> names = new ArrayList<>(c.synonyms());
                names.add(c.name());
                for (String s : names) {
                    if (!seen.add(s)) {
                        throw new KindException(file, "channels[" + i + "]", "the name \"" + s + "\" belongs to two channels");
                    }
                }
            }
            List<ReportKind.ApplicantType> applicantTypes = list(root, "applicantTypes",
                    (n, path) -> new ReportKind.ApplicantType(code(n, path), text(n, "name", path), optionalText(n, "gov")));
            unique(applicantTypes, ReportKind.ApplicantType::code, "applicantTypes", "code");
            List<ReportKind.Outcome> outcomes = list(root, "outcomes", (n, path) -> new ReportKind.Outcome(
                    code(n, path), text(n, "name", path), matching(n, "gov", path, "3(\\.\\d+){1,2}")));
            unique(outcomes, ReportKind.Outcome::code, "outcomes", "code");

            List<ReportKind.CountDef> counts = root.has("counts") ? list(root, "counts", (n, path) -> new ReportKind.CountDef(
                    id(n, path), text(n, "name", path), text(n, "unit", path), optionalText(n, "hint"), optionalText(n, "channel")))
                    : List.of();
            Set<String> channelIds = new HashSet<>();
            channels.forEach(c -> channelIds.add(c.id()));
            for (int i = 0; i < counts.size(); i++) {
                String ch = counts.get(i).channel();
                if (!ch.isEmpty() && !channelIds.contains(ch)) {
                    throw new KindException(file, "counts[" + i + "].channel", "no channel with id \"" + ch + "\"");
                }
            }
            unique(counts, ReportKind.CountDef::id, "counts", "id");
            unique(counts, ReportKind.CountDef::name, "counts", "name");

            List<ReportKind.FormTable> formTables = root.has("formTables") ? list(root, "formTables", (n, path) -> {
                List<ReportKind.FormTable.Column> columns = list(n, "columns",
                        (c, cpath) -> new ReportKind.FormTable.Column(cellId(c, cpath), text(c, "name", cpath), optionalText(c, "group"),
                                strings(c, "heads", cpath)));
                List<ReportKind.FormTable.Row> rows = list(n, "rows",
                        (r, rpath) -> new ReportKind.FormTable.Row(cellId(r, rpath), text(r, "name", rpath), bool(r, "group", rpath, false),
                                optionalText(r, "caption"), optionalText(r, "field")));
                unique(columns, ReportKind.FormTable.Column::id, path + "columns", "id");
                unique(rows, ReportKind.FormTable.Row::id, path + "rows", "id");
                requireNonEmpty(columns, path + "columns");
                requireNonEmpty(rows, path + "rows");
                return new ReportKind.FormTable(id(n, path), text(n, "title", path), columns, rows, bool(n, "decimal", path, false),
                        optionalText(n, "sheet"), optionalText(n, "nameColumn"), bool(n, "rowNames", path, true));
            }) : List.of();
            unique(formTables, ReportKind.FormTable::id, "formTables", "id");
            Set<String> formTableIds = new HashSet<>();
            formTables.forEach(t -> formTableIds.add(t.id()));
            for (int i = 0; i < outline.size(); i++) {
                List<String> asked = outline.get(i).tables();
                for (int j = 0; j < asked.size(); j++) {
                    String t = asked.get(j);
                    if (t.startsWith(ReportKind.OutlineSection.FORM_TABLE_PREFIX)
                            && !formTableIds.contains(t.substring(ReportKind.OutlineSection.FORM_TABLE_PREFIX.length()))) {
                        throw new KindException(file, "outline[" + i + "].tables[" + j + "]", "no form table \"" + t + "\"");
                    }
                }
            }

            String titlePattern = text(root, "titlePattern", "");
            if (!titlePattern.contains("{institution}") || !(titlePattern.contains("{year}") || titlePattern.contains("{startYear}"))) {
                throw new KindException(file, "titlePattern", "must contain {institution} and {year} or {startYear}");
            }
            return new ReportKind(id(root, ""), integer(root, "version", "", 1, 9999), text(root, "name", ""),
                    text(root, "nameEn", ""), text(root, "source", ""), titlePattern, windowRule, deadline,
                    integer(root, "replyLimitWorkingDays", "", 1, 60), strings(root, "basis", ""),
                    outline, categories, items, channels, applicantTypes, outcomes, counts, formTables,
                    root.has("replyExtensionWorkingDays") ? integer(root, "replyExtensionWorkingDays", "", 0, 60) : 0,
                    strings(root, "replyExtensionMarks", ""));
        }

        private interface NodeReader<T> {
            T read(JsonNode node, String pathPrefix);
        }

        private <T> List<T> list(JsonNode parent, String field, NodeReader<T> reader) {
            JsonNode array = parent.get(field);
            if (array == null || !array.isArray()) {
                throw new KindException(file, field, array == null ? "missing" : "must be a list");
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode n = array.get(i);
                String path = field + "[" + i + "]";
                if (!n.isObject()) {
                    throw new KindException(file, path, "must be an object");
                }
                out.add(reader.read(n, path + "."));
            }
            return out;
        }

        private void requireNonEmpty(List<?> list, String field) {
            if (list.isEmpty()) {
                throw new KindException(file, field, "must not be empty");
            }
        }

        private <T> void unique(List<T> list, Function<T, String> key, String field, String keyName) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!keys.add(key.apply(list.get(i)))) {
                    throw new KindException(file, field + "[" + i + "]." + keyName,
                            "\"" + key.apply(list.get(i)) + "\" appears twice");
                }
            }
        }

        private JsonNode object(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isObject()) {
                throw new KindException(file, path, n == null ? "missing" : "must be an object");
            }
            return n;
        }

        private String id(JsonNode n, String path) {
            return matching(n, "id", path, "[a-z0-9]+(-[a-z0-9]+)*");
        }

        /** Row and column ids of a form table: the form's own numbering ("3.3.1") or dotted names ("review.upheld"). */
        private String cellId(JsonNode n, String path) {
            return matching(n, "id", path, "[a-z0-9]+([.-][a-z0-9]+)*");
        }

        private String code(JsonNode n, String path) {
            return matching(n, "code", path, "[a-z0-9]+(-[a-z0-9]+)*");
        }

        private String matching(JsonNode n, String field, String path, String regex) {
            String value = text(n, field, path);
            if (!value.matches(regex)) {
                throw new KindException(file, path + field, "\"" + value + "\" does not match " + regex);
            }
            return value;
        }

        private String text(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw new KindException(file, path + field, "missing");
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new KindException(file, path + field, "must be a non-empty string");
            }
            return v.asText().strip();
        }

        private String optionalText(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || !v.isTextual() ? "" : v.asText().strip();
        }

        private int integer(JsonNode n, String field, String path, int min, int max) {
            JsonNode v = n.get(field);
            if (v == null) {
                throw new KindException(file, path + field, "missing");
            }
            if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
                throw new KindException(file, path + field, "must be a whole number from " + min + " to " + max);
            }
            return v.asInt();
        }

        private boolean bool(JsonNode n, String field, String path, boolean dflt) {
            JsonNode v = n.get(field);
            if (v == null) {
                return dflt;
            }
            if (!v.isBoolean()) {
                throw new KindException(file, path + field, "must be true or false");
            }
            return v.asBoolean();
        }

        private List<String> tables(JsonNode n, String path) {
            List<String> tables = strings(n, "tables", path);
            for (int i = 0; i < tables.size(); i++) {
                if (!ReportKind.OutlineSection.KNOWN_TABLES.contains(tables.get(i))
                        && !tables.get(i).startsWith(ReportKind.OutlineSection.FORM_TABLE_PREFIX)) {
                    throw new KindException(file, path + "tables[" + i + "]", "unknown table \"" + tables.get(i)
                            + "\"; known: " + ReportKind.OutlineSection.KNOWN_TABLES);
                }
            }
            return tables;
        }

        private List<String> strings(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new KindException(file, path + field, "must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    throw new KindException(file, path + field + "[" + i + "]", "must be a non-empty string");
                }
                out.add(v.get(i).asText().strip());
            }
            return out;
        }
    }
}
