package org.nianbao.kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.StatisticsWindow;

/**
 * A kind of report, read from data (resources/org/nianbao/kinds/*.json): its outline, the 清单
 * taxonomy, channels, applicant types and application outcomes, and the rules for its window and
 * deadline. Nothing of this lives in code.
 */
public record ReportKind(String id, int version, String name, String nameEn, String source,
                         String titlePattern, WindowRule windowRule, Deadline deadline,
                         int replyLimitWorkingDays, List<String> basis, List<OutlineSection> outline,
                         List<Category> categories, List<ListItem> items, List<Channel> channels,
                         List<ApplicantType> applicantTypes, List<Outcome> outcomes, List<CountDef> counts,
                         List<FormTable> formTables, int replyExtensionWorkingDays, List<String> replyExtensionMarks) {

    public ReportKind {
        replyExtensionMarks = List.copyOf(replyExtensionMarks);
        basis = List.copyOf(basis);
        outline = List.copyOf(outline);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        channels = List.copyOf(channels);
        applicantTypes = List.copyOf(applicantTypes);
        outcomes = List.copyOf(outcomes);
        counts = List.copyOf(counts);
        formTables = List.copyOf(formTables);
    }

    /**
     * A table printed on the official form whose figures the secretary types in (the government
     * Tables 1, 3 and 4): its layout only; the figures live in the project.
     *
     * @param decimal whether cells take amounts (万元) rather than counts
     */
    /**
     * A table of the form. {@code sheet}, when set, names the printed table this one is a block of:
     * consecutive tables of one sheet print as one table, each block under its caption (Table 1 of
     * the government form: 第二十条第（一）项, 第二十条第（五）项 …). {@code nameColumn} heads the column
     * of row names as the form does (信息内容, or Table 3's note on its sums), empty for the generic 项目;
     * without {@code rowNames} the table prints no column of row names (Table 4, one row of figures).
     */
    public record FormTable(String id, String title, List<Column> columns, List<Row> rows, boolean decimal, String sheet,
                            String nameColumn, boolean rowNames) {
        public FormTable {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            sheet = sheet == null ? "" : sheet;
            nameColumn = nameColumn == null ? "" : nameColumn;
        }

        public FormTable(String id, String title, List<Column> columns, List<Row> rows, boolean decimal) {
            this(id, title, columns, rows, decimal, "", "", true);
        }

        /** What the form prints in the top-left cell above the row names (Table 3's note on its sums), or empty. */
        public String corner() {
            return nameColumn;
        }

        /**
         * A row; a {@code group} row only heads the rows under it and holds no figures. {@code caption},
         * when set, starts a new printed block under that caption (the table's title heads the first).
         * {@code field}, when set, is the short name the prose quotes the row by ({{表3.本年新收.总计}});
         * otherwise its name without the form's numbering.
         */
        public record Row(String id, String name, boolean group, String caption, String field) {
            private static final java.util.regex.Pattern NUMBERING =
                    java.util.regex.Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、])");

            public Row {
                caption = caption == null ? "" : caption;
                field = field == null ? "" : field;
            }

            public Row(String id, String name, boolean group, String caption) {
                this(id, name, group, caption, "");
            }

            public Row(String id, String name, boolean group) {
                this(id, name, group, "", "");
            }

            /** The name a field gives this row: {@code field}, or the printed name without 一、/（一）/1. */
            public String fieldName() {
                return !field.isEmpty() ? field : NUMBERING.matcher(name).replaceFirst("");
            }
        }

        /**
         * A column; columns sharing a {@code group} print under one merged header cell. {@code heads},
         * when given, are the printed header cells above the column's name, top first, merged with
         * the neighbours' equal ones (Table 4: 行政诉讼 › 未经复议直接起诉 › 结果维持); otherwise the group.
         */
        public record Column(String id, String name, String group, List<String> heads) {
            public Column {
                group = group == null ? "" : group;
                heads = heads == null ? List.of() : List.copyOf(heads);
            }

            public Column(String id, String name, String group) {
                this(id, name, group, List.of());
            }

            /** The header cells above this column's name, top first. */
            public List<String> printedHeads() {
                return !heads.isEmpty() ? heads : group.isEmpty() ? List.of() : List.of(group);
            }

            /** The same printed header cells, as the form-table reader and writer name them. */
            public List<String> heading() {
                return printedHeads();
            }
        }

        public Optional<Row> row(String rowId) {
            return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
        }

        public Optional<Column> column(String columnId) {
            return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
        }
    }

    public Optional<FormTable> formTable(String tableId) {
        return formTables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    public enum WindowRule {
        ACADEMIC_YEAR("academic-year"), CALENDAR_YEAR("calendar-year");

        private final String id;

        WindowRule(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<WindowRule> byId(String id) {
            for (WindowRule r : values()) {
                if (r.id.equals(id)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** The deadline: month/day of the year {@code yearOffset} years after the report year starts. */
    public record Deadline(int yearOffset, int month, int day) {
    }

    /**
     * A section of the kind's outline.
     *
     * @param contents tags of what the rules require this section to cover
     * @param appendix printed after the signature, without section numbering
     * @param tables   generated tables printed after the section's text (e.g. {@code list-items})
     * @param defaultProse the text a new project starts with, usually generated fields ({{依申请公开办理情况}})
     */
    public record OutlineSection(String id, String heading, boolean required, List<String> contents,
                                 String hint, boolean appendix, List<String> tables, String defaultProse) {
        /** The generated tables a kind may ask for. */
        public static final java.util.Set<String> KNOWN_TABLES = java.util.Set.of("list-items", "channels", "categories", "outcomes");
        /** A kind's own form table is asked for as {@code form:<id>}. */
        public static final String FORM_TABLE_PREFIX = "form:";

        public OutlineSection {
            contents = List.copyOf(contents);
            tables = List.copyOf(tables);
        }
    }

    public record Category(int number, String numeral, String name, String shortName) {
    }

    /** An item of the 清单. {@code verified} is false where the numbering came from memory. */
    /**
     * A 清单 item. {@code name} is the short label that narrow columns, templates and messages use;
     * {@code wording} the notice's full wording where it differs, which the appendix table prints;
     * {@code source} where the wording was read (or that no numbered source was found).
     */
    public record ListItem(int number, int category, String name, boolean verified, boolean mayBeNotApplicable,
                           String wording, String source) {
        public ListItem {
            wording = wording == null ? "" : wording;
            source = source == null ? "" : source;
        }

        public ListItem(int number, int category, String name, boolean verified, boolean mayBeNotApplicable) {
            this(number, category, name, verified, mayBeNotApplicable, "", "");
        }

        /** The item as the appendix table prints it: the notice's full wording. */
        public String printedName() {
            return wording.isEmpty() ? name : wording;
        }
    }

    public record Channel(String id, String name, List<String> synonyms) {
        public Channel {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** An applicant type; {@code gov} is its column in the government Table 3 (e.g. {@code natural}), or empty. */
    public record ApplicantType(String code, String name, String gov) {
        public ApplicantType {
            gov = gov == null ? "" : gov;
        }

        public ApplicantType(String code, String name) {
            this(code, name, "");
        }
    }

    public Optional<ApplicantType> applicantType(String code) {
        return applicantTypes.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Outcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** An application outcome; {@code gov} is its row in the government Table 3 (e.g. "3.3.4"). */
    public record Outcome(String code, String name, String gov) {
    }

    /**
     * A figure departments report as a number on the template's 数据 sheet (meetings held, followers …).
     * {@code channel} names the channel whose publications it counts, or is empty.
     */
    public record CountDef(String id, String name, String unit, String hint, String channel) {
    }

    /** The year as this kind counts it: the calendar year 2023 for a calendar-year window, else the academic year 2023-2024. */
    public AcademicYear year(AcademicYear year) {
        return year.asCalendar(windowRule == WindowRule.CALENDAR_YEAR);
    }

    /** Whether the report covers a calendar year (年度) rather than an academic year (学年). */
    public boolean calendarYear() {
        return windowRule == WindowRule.CALENDAR_YEAR;
    }

    /**
     * The year a report of this kind is usually written for on {@code today}: the latest whose statistics window has
     * ended (2025-2026 from September 2026 for an academic year, 2025 during 2026 for a calendar year).
     */
    public AcademicYear suggestedYear(java.time.LocalDate today) {
        for (int start = today.getYear(); ; start--) {
            AcademicYear year = year(new AcademicYear(start, calendarYear()));
            if (window(year).end().isBefore(today)) {
                return year;
            }
        }
    }

    public StatisticsWindow window(AcademicYear year) {
        return switch (windowRule) {
            case ACADEMIC_YEAR -> StatisticsWindow.academicYear(year);
            case CALENDAR_YEAR -> StatisticsWindow.calendarYear(year.startYear());
        };
    }

    /**
     * Whether an application's note says its reply was extended (延期, 延长 …): it is then late only
     * after {@code replyLimitWorkingDays + replyExtensionWorkingDays}.
     */
    public boolean marksExtension(String note) {
        return replyExtensionWorkingDays > 0 && replyExtensionMarks.stream().anyMatch(note::contains);
    }

    public LocalDate deadline(AcademicYear year) {
        return LocalDate.of(year.startYear() + deadline.yearOffset(), deadline.month(), deadline.day());
    }

    /**
     * The report's title, e.g. 示例职业技术学院2021-2022学年信息公开工作年度报告; a calendar-year
     * kind writes {@code {startYear}} (2021年度…).
     */
    public String title(String institution, AcademicYear year) {
        return String.join("", titleParts(institution, year));
    }

    /**
     * The title in the pieces a line may break between (GB/T 9704 §7.3.1: 回行时词意完整): the kind's
     * pattern marks them with {@code |}, e.g. 示例职业技术学院 | 2021-2022学年 | 信息公开工作 | 年度报告.
     */
    public List<String> titleParts(String institution, AcademicYear year) {
        return java.util.Arrays.stream(titlePattern.split("\\|"))
                .map(p -> p.replace("{institution}", institution).replace("{year}", year.toString())
                        .replace("{startYear}", String.valueOf(year.startYear())))
                .filter(p -> !p.isEmpty()).toList();
    }

    /** The project's title: the one the secretary set (its lines joined), else this kind's. */
    public String title(org.nianbao.model.Project project) {
        return project.title().isEmpty() ? title(project.institution().name(), project.year()) : String.join("", project.titleLines());
    }

    public Optional<OutlineSection> section(String sectionId) {
        return outline.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
