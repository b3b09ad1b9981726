package org.nianbao.intake;

import java.util.List;

/**
 * The department template's contract (DESIGN.md §6), shared by the writer and the reader so the
 * two cannot drift: sheet names, header texts in column order, and the {@code _meta} keys.
 * Header texts are also the first synonym the reader matches for each field.
 */
public final class TemplateLayout {
    /** Bumped when the layout changes in a way the reader must know about. */
    public static final int VERSION = 1;

    public static final String SHEET_INSTRUCTIONS = "填写说明";
    public static final String SHEET_RECORDS = "主动公开";
    public static final String SHEET_APPLICATIONS = "依申请公开";
    public static final String SHEET_COUNTS = "数据";
    /** Hidden and protected: template version, kind, year, window, department. */
    public static final String SHEET_META = "_meta";
    /** Hidden: the dropdown lists (channels, 清单 items, applicant types, outcomes). */
    public static final String SHEET_LISTS = "_lists";

    /** Fields of a 主动公开 row, in column order. */
    public enum RecordField {
        DATE("发布日期"), TITLE("标题"), CHANNEL("发布渠道"), ITEM("清单事项"), LINK("链接或位置"), NOTE("备注");

        private final String header;

        RecordField(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }

        /** The name used in {@code --map 发布时间=date} and in remembered mappings. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Fields of a 依申请公开 row, in column order. */
    public enum ApplicationField {
        RECEIVED("收到日期"), APPLICANT("申请人类型"), SUMMARY("内容摘要"), REPLIED("答复日期"),
        OUTCOME("办理结果"), FEE("收费（元）"), CARRIED_OVER("上年结转"), NOTE("备注");

        private final String header;

        ApplicationField(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /** Columns of the 数据 sheet: the count's name (as in the kind), its value, unit, note. */
    public static final List<String> COUNT_HEADERS = List.of("项目", "数值", "单位", "说明");

    /** Keys of the {@code _meta} sheet: column A holds the key, column B the value. */
    public static final String META_TEMPLATE_VERSION = "templateVersion";
    public static final String META_KIND = "kind";
    public static final String META_KIND_VERSION = "kindVersion";
    public static final String META_YEAR = "year";
    public static final String META_WINDOW_START = "windowStart";
    public static final String META_WINDOW_END = "windowEnd";
    public static final String META_DEPARTMENT = "department";
    public static final String META_INSTITUTION = "institution";

    /** Rows 2.. of the records and applications sheets take data; row 1 holds the headers. */
    public static final int FIRST_DATA_ROW = 2;
    /** How many rows the template prepares with validation and formats. */
    public static final int PREPARED_ROWS = 1000;

    /** "27 本科生占全日制在校生比例、教师数量及结构": how 清单 items appear in the dropdown. */
    public static String itemLabel(int number, String name) {
        return number + " " + name;
    }

    private TemplateLayout() {
    }
}
