package org.nianbao.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.Project;
import org.nianbao.stats.Figures;

/**
 * Live figures the prose can quote by a readable Chinese name, e.g. {@code {{官网发布条数}}} or
 * {@code {{依申请公开收到件数}}}, and generated sentences such as {@code {{依申请公开办理情况}}}.
 * Values are computed from the project each time, so the text follows the data.
 */
public final class Fields {
    /** {{名称}} with optional blanks inside the braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s][^{}]*?)\\s*\\}\\}");

    /** A field and its current value. */
    public record Field(String name, String value) {
    }

    /** A placeholder in some text that names no field. */
    public record Unknown(String name, int start, int end) {
    }

    private final Map<String, String> values;

    private Fields(Map<String, String> values) {
        this.values = values;
    }

    public static Fields of(Project project, ReportKind kind, Figures figures) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(text("field.institution"), project.institution().name());
        if (kind.calendarYear()) {
            v.put(text("field.calendarYear"), project.year().toString());
        }
        v.put(text("field.year"), project.year().toString());
        v.put(text("field.window"), kind.window(project.year()).chineseLabel());
        v.put(text("field.reportDate"), project.signOff().date() == null ? "" : ChineseDates.format(project.signOff().date()));
        v.put(text("field.records"), String.valueOf(figures.records()));
        for (ReportKind.Channel c : kind.channels()) {
            String value = String.valueOf(channelFigure(kind, figures, c.id()));
            v.put(c.name() + text("field.channelSuffix"), value);
            // The short name people write most (官网 for 学校官网) as a second name of the same figure.
            if (!c.synonyms().isEmpty()) {
                v.putIfAbsent(c.synonyms().get(0) + text("field.channelSuffix"), value);
            }
        }
        for (ReportKind.CountDef d : kind.counts()) {
            v.put(d.name(), String.valueOf(figures.counts().getOrDefault(d.id(), 0L)));
        }
        v.put(text("field.applicationsNew"), String.valueOf(figures.applicationsNew()));
        v.put(text("field.applicationsCarriedOver"), String.valueOf(figures.applicationsCarriedOver()));
        v.put(text("field.applicationsOpen"), String.valueOf(figures.applicationsOpen()));
        for (ReportKind.Outcome o : kind.outcomes()) {
            v.put(o.name() + text("field.outcomeSuffix"), String.valueOf(figures.applicationsByOutcome().getOrDefault(o.code(), 0L)));
        }
        long published = kind.items().stream().filter(i -> isPublished(project, figures, i.number())).count();
        long notApplicable = project.itemMarks().values().stream().filter(Project.ItemMark::notApplicable).count();
        v.put(text("field.itemsPublished"), String.valueOf(published));
        v.put(text("field.itemsNotApplicable"), String.valueOf(notApplicable));
        v.put(text("field.applicationsSentence"), applicationsSentence(project, kind, figures));
        v.put(text("field.complaintsSentence"), complaintsSentence(kind, figures));
        tableCells(project, kind, v);
        return new Fields(v);
    }

    /**
     * Every figure cell of the kind's form tables as the tables print it (typed, or Table 3 counted
     * from the applications), named 表<printed number>.<row>.<column> — e.g. {{表3.本年新收.总计}},
     * {{表1.规章.本年制发件数}}; a table without row names (Table 4) by its column's header cells,
     * {{表4.行政诉讼.复议后起诉.总计}}. A blank cell is an empty value, never 0.
     */
    private static void tableCells(Project project, ReportKind kind, Map<String, String> v) {
        org.nianbao.model.TableEntries printed = org.nianbao.stats.FormTableFigures.printed(project, kind);
        for (ReportKind.FormTable t : kind.formTables()) {
            String table = text("field.table") + (t.sheet().isEmpty() ? t.id() : t.sheet());
            for (ReportKind.FormTable.Row row : t.rows()) {
                if (row.group()) {
                    continue;
                }
                for (ReportKind.FormTable.Column c : t.columns()) {
                    StringJoiner name = new StringJoiner(".").add(table);
                    if (t.rowNames()) {
                        name.add(row.fieldName());
                    } else {
                        c.printedHeads().forEach(name::add);
                    }
                    name.add(c.name());
                    v.putIfAbsent(name.toString(), printed.value(t.id(), row.id(), c.id()).map(BigDecimal::toPlainString).orElse(""));
                }
            }
        }
    }

    private static boolean isPublished(Project project, Figures figures, int item) {
        Project.ItemMark m = project.itemMarks().get(item);
        if (m != null) {
            return !m.notApplicable();
        }
        return figures.recordsByItem().getOrDefault(item, 0L) > 0;
    }

    /** The departments' count for a channel when any gave one, else the records on it; 0 without data. */
    public static long channelFigure(ReportKind kind, Figures figures, String channelId) {
        return channelData(kind, figures, channelId).orElse(0);
    }

    /**
     * What the data says a channel published: the sum of the departments' counts for it when any
     * department gave one (even 0), else the records on it when there are some, else nothing known.
     */
    public static java.util.OptionalLong channelData(ReportKind kind, Figures figures, String channelId) {
        long counted = 0;
        boolean any = false;
        for (ReportKind.CountDef d : kind.counts()) {
            if (d.channel().equals(channelId) && figures.counts().containsKey(d.id())) {
                counted += figures.counts().get(d.id());
                any = true;
            }
        }
        if (any) {
            return java.util.OptionalLong.of(counted);
        }
        long records = figures.recordsOnChannel(channelId);
        return records > 0 ? java.util.OptionalLong.of(records) : java.util.OptionalLong.empty();
    }

    private static String applicationsSentence(Project project, ReportKind kind, Figures f) {
        if (f.applicationsNew() == 0 && f.applicationsCarriedOver() == 0) {
            return DocumentWords.get("sentence.applications.none", kind);
        }
        StringBuilder sb = new StringBuilder(String.format(DocumentWords.get("sentence.applications.received", kind), f.applicationsNew()));
        if (f.applicationsCarriedOver() > 0) {
            sb.append(String.format(DocumentWords.get("sentence.applications.carried", kind), f.applicationsCarriedOver()));
        }
        sb.append(text("sentence.applications.period"));
        StringJoiner outcomes = new StringJoiner(text("sentence.listSeparator"));
        for (ReportKind.Outcome o : kind.outcomes()) {
            long n = f.applicationsByOutcome().getOrDefault(o.code(), 0L);
            if (n > 0) {
                outcomes.add(String.format(text("sentence.applications.outcome"), o.name(), n));
            }
        }
        if (outcomes.length() > 0) {
            sb.append(String.format(text("sentence.applications.outcomes"), outcomes));
        }
        if (f.applicationsOpen() > 0) {
            sb.append(String.format(DocumentWords.get("sentence.applications.open", kind), f.applicationsOpen()));
        }
        BigDecimal fees = project.applications().stream().map(ApplicationCase::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        sb.append(fees.signum() == 0 ? text("sentence.applications.noFees")
                : String.format(text("sentence.applications.fees"), fees.stripTrailingZeros().toPlainString()));
        return sb.toString();
    }

    private static String complaintsSentence(ReportKind kind, Figures f) {
        long a = f.counts().getOrDefault("complaints", 0L);
        long b = f.counts().getOrDefault("reconsiderations", 0L);
        long c = f.counts().getOrDefault("lawsuits", 0L);
        if (a + b + c == 0) {
            return DocumentWords.get("sentence.complaints.none", kind);
        }
        return String.format(DocumentWords.get("sentence.complaints.some", kind), a, b, c);
    }

    private static String text(String key) {
        return DocumentWords.get(key);
    }

    public List<Field> all() {
        List<Field> out = new ArrayList<>();
        values.forEach((k, val) -> out.add(new Field(k, val)));
        return out;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name.strip()));
    }

    /** The text with every known field replaced by its value; unknown ones stay as written. */
    public String resolve(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Placeholders that name no field, with their offsets, for the checks. */
    public List<Unknown> unknownIn(String text) {
        List<Unknown> out = new ArrayList<>();
        if (text.indexOf("{{") < 0) {
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                out.add(new Unknown(m.group(1), m.start(), m.end()));
            }
        }
        return out;
    }
}
