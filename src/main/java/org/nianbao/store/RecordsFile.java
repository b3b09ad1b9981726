package org.nianbao.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;

/**
 * The {@code records.jsonl} entry (schema 2): every disclosure record of every submission, one compact
 * JSON array a line, written and read as a stream, so a million rows neither pass through one JSON
 * tree nor make {@code project.json} unreadably large.
 *
 * <p>A line is {@code [department, date, title, channel, category, item, link, note, sheet, row]}, and
 * {@code file, sha256} after them when the row's workbook is not its submission's own; a record
 * without a source has {@code null} for its sheet and nothing after it. Lines follow the submissions'
 * order and each submission's records in order, so the same project writes the same bytes.
 *
 * <p>Reading shares what repeats (dates, departments, channels, sheets, file names, hashes, empty
 * links and notes) across records: one string or date object each, not one per row.
 */
final class RecordsFile {
    static final String ENTRY = "records.jsonl";

    private RecordsFile() {
    }

    static boolean hasRecords(Project project) {
        return project.submissions().stream().anyMatch(s -> !s.records().isEmpty());
    }

    /** The project as {@code project.json} holds it beside this entry: each submission without its records. */
    static Project withoutRecords(Project project) {
        if (!hasRecords(project)) {
            return project;
        }
        List<DepartmentSubmission> bare = new ArrayList<>();
        for (DepartmentSubmission s : project.submissions()) {
            bare.add(s.records().isEmpty() ? s : s.withRecords(List.of()));
        }
        return project.withSubmissions(bare);
    }

    static void write(JsonFactory factory, OutputStream out, Project project) throws IOException {
        try (JsonGenerator gen = factory.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (DepartmentSubmission s : project.submissions()) {
                for (DisclosureRecord r : s.records()) {
                    gen.writeStartArray();
                    gen.writeString(s.department());
                    gen.writeString(r.date().toString());
                    gen.writeString(r.title());
                    gen.writeString(r.channel());
                    gen.writeNumber(r.category());
                    gen.writeNumber(r.item());
                    gen.writeString(r.link());
                    gen.writeString(r.note());
                    SourceRef src = r.source();
                    if (src == null) {
                        gen.writeNull();
                    } else {
                        gen.writeString(src.sheet());
                        gen.writeNumber(src.row());
                        if (!src.file().equals(s.file()) || !src.sha256().equals(s.sha256())) {
                            gen.writeString(src.file());
                            gen.writeString(src.sha256());
                        }
                    }
                    gen.writeEndArray();
                }
            }
            gen.writeRaw('\n');
        }
    }

    /** A line that cannot be a record: where (the line) and why, in the store's words. */
    static final class BadLine extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final transient InvalidValueException invalid;

        BadLine(long line, String why, InvalidValueException invalid) {
            super(ENTRY + " line " + line + ": " + why);
            this.line = line;
            this.invalid = invalid;
        }
    }

    /**
     * Reads every line and returns the project with each submission's records appended to those
     * {@code project.json} held itself (none, as this build writes it).
     */
    static Project read(JsonFactory factory, InputStream in, Project project) throws IOException {
        Map<String, DepartmentSubmission> byDepartment = new LinkedHashMap<>();
        Map<String, org.nianbao.model.RecordTable.Builder> found = new HashMap<>();
        for (DepartmentSubmission s : project.submissions()) {
            byDepartment.put(s.department(), s);
        }
        Map<String, String> shared = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        try (JsonParser p = factory.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                long line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_ARRAY) {
                    throw new BadLine(line, "not a record", null);
                }
                String department = text(p, line, shared);
                DepartmentSubmission owner = byDepartment.get(department);
                if (owner == null) {
                    throw new BadLine(line, "no submission of " + department, null);
                }
                LocalDate date = date(p, line, dates);
                String title = text(p, line, null);
                String channel = text(p, line, shared);
                int category = number(p, line);
                int item = number(p, line);
                String link = text(p, line, null);
                link = link.isEmpty() ? "" : link;
                String note = text(p, line, shared);
                SourceRef source = null;
                if (p.nextToken() != JsonToken.VALUE_NULL) {
                    String sheet = current(p, line, shared);
                    int row = number(p, line);
                    String file = owner.file();
                    String sha = owner.sha256();
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        file = current(p, line, shared);
                        sha = text(p, line, shared);
                        p.nextToken();
                    }
                    source = new SourceRef(file, sha, sheet, row);
                } else {
                    p.nextToken();
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new BadLine(line, "more fields than a record has", null);
                }
                try {
                    DisclosureRecord record = new DisclosureRecord(date, title, channel, category, item, link, note, source);
                    found.computeIfAbsent(department, d -> new org.nianbao.model.RecordTable.Builder().addAll(owner.records()))
                            .add(record);
                } catch (InvalidValueException e) {
                    throw new BadLine(line, e.getMessage(), e);
                }
            }
        }
        if (found.isEmpty()) {
            return project;
        }
        List<DepartmentSubmission> all = new ArrayList<>();
        for (DepartmentSubmission s : project.submissions()) {
            org.nianbao.model.RecordTable.Builder more = found.remove(s.department());
            // Those project.json held itself (none, as this build writes it) come first.
            all.add(more == null ? s : s.withRecords(more.build()));
        }
        return project.withSubmissions(all);
    }

    private static String text(JsonParser p, long line, Map<String, String> shared) throws IOException {
        p.nextToken();
        return current(p, line, shared);
    }

    private static String current(JsonParser p, long line, Map<String, String> shared) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new BadLine(line, "a text was expected, not " + p.currentToken(), null);
        }
        String s = p.getText();
        return shared == null ? s : shared.computeIfAbsent(s, k -> k);
    }

    private static int number(JsonParser p, long line) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new BadLine(line, "a whole number was expected, not " + p.currentToken(), null);
        }
        return p.getIntValue();
    }

    private static LocalDate date(JsonParser p, long line, Map<String, LocalDate> dates) throws IOException {
        String text = text(p, line, null);
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            dates.put(text, d);
            return d;
        } catch (DateTimeParseException e) {
            throw new BadLine(line, "not a date: " + text, null);
        }
    }
}
