package org.nianbao.published;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.compose.SummaryTables;
import org.nianbao.intake.DateParse;
import org.nianbao.intake.DateParser;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;

/**
 * A published report's text split at its own headings (一、 … 七、; （一） stays inside its part) and
 * each part mapped to the kind's outline by the words of its heading (信息公开工作概述 → 概述; 因学校
 * 信息公开工作遭到举报的情况 → the 举报/复议/诉讼 part). Text before 一、 is the opening; the title
 * gives the institution and year; the 清单 table gives the items' columns, addresses and reasons.
 */
public final class ReportReading {
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．]\\s*(.{1,60})$");
    private static final Pattern APPENDIX = Pattern.compile("^附(?:件\\s*\\d*)?[：:]?\\s*(.{2,60})$");
    /** The head of an attachment's first page (GB/T 9704 §8): 附件 or 附件2 alone, its title on a line of its own after it. */
    private static final Pattern ATTACHMENT_HEAD = Pattern.compile("^附件\\s*\\d*$");
    /** The 附件说明 above the signature, which names the attachments that follow the signature. */
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附件[：:].+$");
    private static final Pattern TITLE_ACADEMIC = Pattern.compile("^(.*?)(\\d{4})\\s*[-—－–~至]\\s*(\\d{4})\\s*学年");
    private static final Pattern TITLE_CALENDAR = Pattern.compile("^(.*?)(\\d{4})\\s*年度?(?:政府)?信息公开");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年.{1,8}日$");
    private static final Map<String, Map<String, List<String>>> WORDS = words();
    private static final Pattern URL_START = Pattern.compile("(?i)https?://|www\\.");

    /** A row of a statistics table that came as a line of text: a label, a space, a figure. */
    private static final Pattern SUMMARY_ROW = Pattern.compile("^\\S.*\\s\\d+$");

    private ReportReading() {
    }

    /** The same header as a line of text; a PDF sets its cells apart by position, not always by a space. */
    private static boolean isSummaryLine(String p) {
        String line = p.replaceAll("\\s", "");
        return SummaryTables.headers().stream().anyMatch(h -> String.join("", h).equals(line));
    }

    /** The header row of a table the report composes from its data (per channel, per category, by outcome). */
    private static boolean isSummaryHeader(List<String> row) {
        List<String> cells = row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        return SummaryTables.headers().contains(cells);
    }

    /** A part of the report as read: the outline section it maps to (or an added one), its heading and text. */
    public record Part(String sectionId, String heading, List<String> paragraphs, List<List<List<String>>> tables, boolean added) {
        public Part {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }

        /** The paragraphs as a section's prose, blank lines between them; tables as text after them. */
        public String prose() {
            List<String> all = new ArrayList<>(paragraphs);
            for (List<List<String>> t : tables) {
                for (List<String> row : t) {
                    all.add(String.join("｜", row));
                }
            }
            return String.join("\n\n", all);
        }
    }

    /** Something the reading could not place as data, for the user to see once. */
    public record Note(String key, List<String> args) {
        public Note {
            args = List.copyOf(args);
        }
    }

    /**
     * What was read.
     *
     * @param institution from the title, or empty
     * @param year        the report's own year from the title, if it says
     * @param opening     the paragraphs before the first heading (the title excluded), as prose
     * @param marks       清单 items set from the appendix table, by item number
     * @param office      the contact line's office, phone and e-mail, or empty
     * @param signed      the date of the signature block, if it has one that reads as a date
     */
    public record Reading(String title, String institution, Optional<AcademicYear> year, String opening, List<Part> parts,
                          Map<Integer, Project.ItemMark> marks, String office, String phone, String email,
                          Optional<LocalDate> signed, List<Note> notes, List<String> removed) {
        public Reading {
            parts = List.copyOf(parts);
            marks = Map.copyOf(marks);
            notes = List.copyOf(notes);
            removed = List.copyOf(removed);
        }

        /** The part mapped to a section of the outline, if any (two parts mapped to one are joined in order). */
        public Optional<Part> part(String sectionId) {
            List<Part> of = parts.stream().filter(p -> p.sectionId().equals(sectionId)).toList();
            if (of.isEmpty()) {
                return Optional.empty();
            }
            List<String> paragraphs = new ArrayList<>();
            List<List<List<String>>> tables = new ArrayList<>();
            for (Part p : of) {
                paragraphs.addAll(p.paragraphs());
                tables.addAll(p.tables());
            }
            return Optional.of(new Part(sectionId, of.get(0).heading(), paragraphs, tables, false));
        }
    }

    public static Reading of(PublishedText text, ReportKind kind) {
        List<PublishedText.Block> blocks = text.blocks();
        List<Note> notes = new ArrayList<>();
        int i = 0;
        String title = "";
        // The title: the first paragraphs up to one that names the report (a title set on two lines is joined).
        StringBuilder t = new StringBuilder();
        for (int j = 0; j < Math.min(blocks.size(), 4); j++) {
            if (!(blocks.get(j) instanceof PublishedText.Paragraph p) || HEADING.matcher(p.text()).matches()) {
                break;
            }
            if (p.text().length() > 60) {
                break;
            }
            t.append(p.text());
            if (p.text().contains("报告")) {
                title = t.toString();
                i = j + 1;
                break;
            }
        }
        String institution = "";
        Optional<AcademicYear> year = Optional.empty();
        Matcher a = TITLE_ACADEMIC.matcher(title);
        Matcher c = TITLE_CALENDAR.matcher(title);
        if (a.find() && Integer.parseInt(a.group(3)) == Integer.parseInt(a.group(2)) + 1) {
            institution = a.group(1).strip();
            year = Optional.of(new AcademicYear(Integer.parseInt(a.group(2))));
        } else if (c.find()) {
            institution = c.group(1).strip();
            year = Optional.of(new AcademicYear(Integer.parseInt(c.group(2))));
        }
        List<String> opening = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        Map<Integer, Project.ItemMark> marks = new LinkedHashMap<>();
        Part current = null;
        List<String> paragraphs = opening;
        List<List<List<String>>> tables = new ArrayList<>();
        int added = 0;
        boolean inAppendix = false;
        boolean tableText = false;
        boolean attachmentHeads = blocks.stream().anyMatch(b -> b instanceof PublishedText.Paragraph p
                && ATTACHMENT_HEAD.matcher(p.text()).matches());
        boolean summaryText = false;
        for (; i < blocks.size(); i++) {
            PublishedText.Block b = blocks.get(i);
            if (b instanceof PublishedText.Table table) {
                if (isSummaryHeader(table.rows().get(0))) {
                    notes.add(new Note("published.note.summaryTableDropped", List.of(current == null ? "" : current.heading(),
                            String.join(" ", table.rows().get(0)))));
                } else if (isListTable(table, kind)) {
                    marks.putAll(listMarks(table, kind));
                } else {
                    tables.add(table.rows());
                    notes.add(new Note("published.note.tableAsText", List.of(current == null ? "" : current.heading(),
                            String.join(" ", table.rows().get(0)))));
                }
                continue;
            }
            String p = ((PublishedText.Paragraph) b).text();
            if (summaryText) {
                // Its rows came as lines "学校官网 612" (a PDF); the first line that is not one ends the table.
                if (SUMMARY_ROW.matcher(p).matches() || isSummaryLine(p)) {
                    continue;
                }
                summaryText = false;
            }
            if (tableText) {
                continue;
            }
            if (!inAppendix && isSummaryLine(p)) {
                summaryText = true;
                notes.add(new Note("published.note.summaryTableDropped", List.of(current == null ? "" : current.heading(), p)));
                continue;
            }
            if (inAppendix && p.contains("序号") && p.contains("事项")) {
                // A table that came as lines of text (a PDF): its rows cannot be told apart, so it is left out.
                tableText = true;
                notes.add(new Note("published.note.tableNotRead", List.of(current.heading())));
                continue;
            }
            if (attachmentHeads && ATTACHMENT_NOTE.matcher(p).matches() && !inAppendix) {
                continue; // 附件说明 before the signature: the attachment itself follows under its own head
            }
            if (ATTACHMENT_HEAD.matcher(p).matches() && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof PublishedText.Paragraph titled) {
                // 附件 on the attachment's first page, its title next: that title is the part's heading.
                p = "附：" + titled.text();
                i++;
            }
            Matcher h = HEADING.matcher(p);
            Matcher ap = APPENDIX.matcher(p);
            // Inside an appendix, 一、基本信息 is a category row of its table, not a part of the report.
            boolean heading = (h.matches() && p.length() <= 40 && !p.endsWith("。") && !inAppendix) || (ap.matches() && p.length() <= 40);
            if (heading) {
                String words = h.matches() ? h.group(2) : ap.group(1);
                if (current != null) {
                    parts.add(new Part(current.sectionId(), current.heading(), paragraphs, tables, current.added()));
                }
                String section = map(words, kind, ap.matches() && !h.matches());
                boolean isAdded = section == null;
                if (isAdded) {
                    section = "added-" + (++added);
                    notes.add(new Note("published.note.unmappedHeading", List.of(p)));
                }
                current = new Part(section, words.strip(), List.of(), List.of(), isAdded);
                String mapped = section;
                inAppendix = ap.matches() && !h.matches()
                        || kind.outline().stream().anyMatch(o -> o.id().equals(mapped) && o.appendix());
                tableText = false;
                paragraphs = new ArrayList<>();
                tables = new ArrayList<>();
                continue;
            }
            paragraphs.add(p);
        }
        if (current != null) {
            parts.add(new Part(current.sectionId(), current.heading(), paragraphs, tables, current.added()));
        } else if (!tables.isEmpty()) {
            opening.addAll(new Part("opening", "", List.of(), tables, false).prose().lines().toList());
        }
        String[] contact = dropSignature(parts, institution, kind, notes);
        DateParse signed = DateParser.parseText(contact[3]);
        return new Reading(title, institution, year, String.join("\n\n", opening), parts, marks, contact[0], contact[1],
                contact[2], signed.ok() ? Optional.of(signed.date()) : Optional.empty(), notes, text.removed());
    }

    /** The kind a report's title suggests: a calendar year (2022年政府信息公开…) or else an academic year. */
    public static String kindOfTitle(String title) {
        return !TITLE_ACADEMIC.matcher(title).find() && TITLE_CALENDAR.matcher(title).find() ? "gov-2021-calendar-year"
                : "moe-academic-year";
    }

    /** The line above the signature, "联系单位：…；联系电话：…；电子邮箱：…。", which the report prints from the basics. */
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:联系(?:单位|部门)：([^；]*))?；?(?:联系电话：([^；]*))?；?(?:电子邮箱：([^；。]*))?。?$");

    /**
     * The contact line and the signature (the institution's name and a date on their own lines) end
     * the last numbered part: the basics, not prose. The contact's office, phone and e-mail are kept.
     */
    private static String[] dropSignature(List<Part> parts, String institution, ReportKind kind, List<Note> notes) {
        String[] contact = {"", "", "", ""};
        for (int k = parts.size() - 1; k >= 0; k--) {
            Part p = parts.get(k);
            if (kind.section(p.sectionId()).map(ReportKind.OutlineSection::appendix).orElse(false)) {
                continue; // appendices follow the signature
            }
            List<String> ps = new ArrayList<>(p.paragraphs());
            boolean changed = false;
            while (!ps.isEmpty()) {
                String last = ps.get(ps.size() - 1);
                Matcher c = CONTACT.matcher(last);
                if (DATE_LINE.matcher(last).matches() || (!institution.isEmpty() && last.equals(institution))) {
                    if (DATE_LINE.matcher(last).matches()) {
                        contact[3] = last;
                    }
                    ps.remove(ps.size() - 1);
                    changed = true;
                } else if (last.startsWith("联系") && c.matches()) {
                    for (int g = 0; g < 3; g++) {
                        contact[g] = c.group(g + 1) == null ? "" : c.group(g + 1).strip();
                    }
                    ps.remove(ps.size() - 1);
                    changed = true;
                } else {
                    break;
                }
            }
            if (changed) {
                parts.set(k, new Part(p.sectionId(), p.heading(), ps, p.tables(), p.added()));
                notes.add(new Note("published.note.signatureDropped", List.of(p.heading())));
                return contact;
            }
            if (!p.added() && !p.paragraphs().isEmpty()) {
                return contact; // only the last part with text can end with the signature
            }
        }
        return contact;
    }

    /** The outline section whose words the heading holds most of, or null. */
    static String map(String heading, ReportKind kind, boolean appendix) {
        Map<String, List<String>> words = WORDS.getOrDefault(kind.id(), Map.of());
        String best = null;
        int bestScore = 0;
        for (ReportKind.OutlineSection s : kind.outline()) {
            if (s.appendix() != appendix) {
                continue;
            }
            int score = 0;
            for (String w : words.getOrDefault(s.id(), List.of())) {
                if (heading.contains(w)) {
                    score += w.length();
                }
            }
            if (heading.contains(s.heading()) || s.heading().contains(heading.strip())) {
                score += 10;
            }
            if (score > bestScore) {
                bestScore = score;
                best = s.id();
            }
        }
        return best;
    }

    /** The appendix 清单 table: a header naming 清单/事项 and rows numbered like the kind's items. */
    private static boolean isListTable(PublishedText.Table table, ReportKind kind) {
        if (kind.items().isEmpty() || table.rows().size() < 5) {
            return false;
        }
        String header = String.join("", table.rows().get(0));
        return header.contains("事项") && (header.contains("序号") || header.contains("公开"));
    }

    /** 序号 | 清单事项 | 公开情况 | 公开栏目及网址（或不涉及原因） | 责任部门, matched by number or name. */
    private static Map<Integer, Project.ItemMark> listMarks(PublishedText.Table table, ReportKind kind) {
        List<String> header = table.rows().get(0);
        int number = column(header, "序号");
        int item = column(header, "事项");
        int status = column(header, "情况");
        int place = column(header, "栏目", "网址", "位置", "原因");
        int department = column(header, "部门", "单位");
        Map<Integer, Project.ItemMark> marks = new LinkedHashMap<>();
        for (List<String> row : table.rows().subList(1, table.rows().size())) {
            Optional<ReportKind.ListItem> found = Optional.empty();
            if (number >= 0 && number < row.size() && row.get(number).matches("\\d{1,3}")) {
                int n = Integer.parseInt(row.get(number));
                found = kind.items().stream().filter(x -> x.number() == n).findFirst();
            }
            if (found.isEmpty() && item >= 0 && item < row.size()) {
                String name = row.get(item);
                found = kind.items().stream().filter(x -> x.name().equals(name)).findFirst();
            }
            if (found.isEmpty()) {
                continue;
            }
            String s = cell(row, status);
            String where = cell(row, place);
            String dept = cell(row, department);
            if (s.contains("不涉及")) {
                marks.put(found.get().number(), new Project.ItemMark(true, where, "", "", dept));
            } else if (s.contains("已公开") || !where.isEmpty()) {
                // "基本信息 https://…", or run together where a PDF's cell wrapped: the address starts at http or www.
                Matcher at = URL_START.matcher(where);
                String url = at.find() ? where.substring(at.start()).replaceAll("\\s", "") : "";
                String col = url.isEmpty() ? where : where.substring(0, at.start()).strip();
                if (!col.isEmpty() || !url.isEmpty() || !dept.isEmpty()) {
                    marks.put(found.get().number(), new Project.ItemMark(false, "", col, url, dept));
                }
            }
        }
        return marks;
    }

    private static int column(List<String> header, String... words) {
        for (int k = 0; k < header.size(); k++) {
            for (String w : words) {
                if (header.get(k).contains(w)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int k) {
        return k >= 0 && k < row.size() ? row.get(k).strip() : "";
    }

    private static Map<String, Map<String, List<String>>> words() {
        try (InputStream in = ReportReading.class.getResourceAsStream("outline-words.json")) {
            if (in == null) {
                throw new IllegalStateException("outline-words.json is missing from the application");
            }
            JsonNode kinds = new ObjectMapper().readTree(in).path("kinds");
            Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
            kinds.fields().forEachRemaining(k -> {
                Map<String, List<String>> sections = new LinkedHashMap<>();
                k.getValue().fields().forEachRemaining(s -> {
                    List<String> list = new ArrayList<>();
                    s.getValue().forEach(w -> list.add(w.asText()));
                    sections.put(s.getKey(), List.copyOf(list));
                });
                out.put(k.getKey(), sections);
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
