package org.nianbao.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.intake.TemplateLayout.ApplicationField;
import org.nianbao.intake.TemplateLayout.RecordField;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.Institution;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.StatisticsWindow;
import org.nianbao.model.Text;

/**
 * Writes one department's .xlsx template (DESIGN.md §6) in the layout {@link TemplateLayout} fixes:
 * instructions, the 主动公开 and 依申请公开 tables with formats, dropdowns and date checks for the
 * statistics window, the 数据 figures the kind asks for, and the hidden {@code _meta} and
 * {@code _lists} sheets. The checks are a courtesy to the person filling it in (pasting bypasses
 * them); the importer re-checks everything.
 */
public final class TemplateWriter {
    /**
     * The date the instructions show as an example: the 15th, half a year into the window (2022-03-15 for
     * 2021-2022), so a department copying it types a date the import accepts.
     */
    static String exampleDate(StatisticsWindow window) {
        java.time.LocalDate d = window.start().plusMonths(6).withDayOfMonth(15);
        return (d.isAfter(window.end()) ? window.end() : d).toString();
    }

    private static final String BUNDLE = "org.nianbao.intake.template";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    /** What Windows refuses in a file name, plus control characters. */
    private static final Pattern ILLEGAL_IN_FILE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int INSTRUCTIONS_WIDTH_CHARS = 88;
    private static final int LAST_PREPARED_ROW = TemplateLayout.FIRST_DATA_ROW + TemplateLayout.PREPARED_ROWS - 1;

    private final ReportKind kind;

    public TemplateWriter(ReportKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** E.g. {@code 2021-2022学年信息公开报送表-教务处.xlsx} ({@code 2023年度…} for a calendar year); characters Windows forbids are dropped from the department. */
    public static String fileNameFor(Project project, String department) {
        String safe = ILLEGAL_IN_FILE_NAME.matcher(requireDepartment(department)).replaceAll("")
                .strip().replaceAll("[. ]+$", ""); // Windows also drops trailing dots and spaces
        return text(project.year().calendar() ? "template.fileName.calendarYear" : "template.fileName", project.year().toString(), safe);
    }

    /** Writes the template; the stream is left open. */
    public void write(Project project, String department, OutputStream out) throws IOException {
        if (!kind.id().equals(project.kindId())) {
            throw new IllegalArgumentException("Project of kind " + project.kindId() + " given to a writer for " + kind.id());
        }
        String name = requireDepartment(department);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Build(wb, project, name).all();
            wb.write(out);
        }
        out.flush();
    }

    private static String requireDepartment(String department) {
        String name = department == null ? "" : department.strip();
        if (name.isEmpty()) {
            throw new InvalidValueException("model.department.nameMissing", "A department name is empty");
        }
        return name;
    }

    private static String text(String key, Object... args) {
        return MessageFormat.format(TEXTS.getString(key), args);
    }

    /** One workbook being built: its styles, the window and where the dropdown lists went. */
    private final class Build {
        private final XSSFWorkbook wb;
        private final Project project;
        private final String department;
        private final StatisticsWindow window;
        private final XSSFDataValidationHelper validations;
        private final CellStyle title;
        private final CellStyle wrapped;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle textFormat;
        private final CellStyle fee;
        private final CellStyle countInput;
        private String channelList;
        private String itemList;
        private String applicantList;
        private String outcomeList;
        private String yesNoList;

        Build(XSSFWorkbook wb, Project project, String department) {
            this.wb = wb;
            this.project = project;
            this.department = department;
            this.window = kind.window(project.year());
            this.validations = new XSSFDataValidationHelper(null);

            Font bigBold = wb.createFont();
            bigBold.setBold(true);
            bigBold.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(bigBold);
            title.setWrapText(true);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);

            Font bold = wb.createFont();
            bold.setBold(true);
            XSSFCellStyle h = wb.createCellStyle();
            h.setFont(bold);
            h.setFillForegroundColor(opaque(0xDD, 0xEB, 0xF7));
            h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            h.setBorderBottom(BorderStyle.THIN);
            h.setAlignment(HorizontalAlignment.CENTER);
            h.setVerticalAlignment(VerticalAlignment.CENTER);
            h.setWrapText(true);
            header = h;

            short textCode = wb.createDataFormat().getFormat("@");
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
            textFormat = wb.createCellStyle();
            textFormat.setDataFormat(textCode);
            fee = wb.createCellStyle();
            fee.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            XSSFCellStyle input = wb.createCellStyle();
            input.setDataFormat(wb.createDataFormat().getFormat("0"));
            input.setFillForegroundColor(opaque(0xFF, 0xF8, 0xDC));
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.HAIR);
            countInput = input;
        }

        void all() {
            // Sheets in the contract's order; _lists is filled first because the dropdowns refer to its ranges.
            XSSFSheet instructions = wb.createSheet(TemplateLayout.SHEET_INSTRUCTIONS);
            XSSFSheet records = wb.createSheet(TemplateLayout.SHEET_RECORDS);
            XSSFSheet applications = wb.createSheet(TemplateLayout.SHEET_APPLICATIONS);
            XSSFSheet counts = wb.createSheet(TemplateLayout.SHEET_COUNTS);
            XSSFSheet meta = wb.createSheet(TemplateLayout.SHEET_META);
            XSSFSheet lists = wb.createSheet(TemplateLayout.SHEET_LISTS);

            lists(lists);
            instructions(instructions);
            records(records);
            applications(applications);
            counts(counts);
            meta(meta);

            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.HIDDEN);
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == 0);
            }

            Institution institution = project.institution();
            var core = wb.getProperties().getCoreProperties();
            core.setTitle(Text.forXmlMetadata(titleLine()));
            core.setCreator(Text.forXmlMetadata(institution.name()));
            core.setSubjectProperty(Text.forXmlMetadata(department));
        }

        private String titleLine() {
            return text("template.title", kind.title(project.institution().name(), project.year()));
        }

        private void instructions(XSSFSheet sheet) {
            sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH_CHARS * 256);
            sheet.setDisplayGridlines(false);
            fitToPageWidth(sheet, false);
            Institution institution = project.institution();
            List<String> lines = new ArrayList<>();
            lines.add(text("template.info.department", department));
            lines.add(text("template.info.window", window.chineseLabel()));
            lines.add(text("template.info.reportDeadline", ChineseDates.format(kind.deadline(project.year()))));
            lines.add(text("template.info.departmentDeadline",
                    institution.office().isEmpty() ? text("template.office.unknown") : institution.office()));
            List<String> contact = new ArrayList<>();
            if (!institution.office().isEmpty()) {
                contact.add(institution.office());
            }
            if (!institution.phone().isEmpty()) {
                contact.add(text("template.contact.phone", institution.phone()));
            }
            if (!institution.email().isEmpty()) {
                contact.add(text("template.contact.email", institution.email()));
            }
            if (!contact.isEmpty()) {
                lines.add(text("template.info.contact", String.join(text("template.contact.separator"), contact)));
            }

            int r = 0;
            textRow(sheet, r++, titleLine(), title, 14);
            r++;
            for (String line : lines) {
                textRow(sheet, r++, line, wrapped, 11);
            }
            r++;
            textRow(sheet, r++, text("template.steps"), header, 11);
            List<String> steps = List.of(
                    text("template.step.records"),
                    text("template.step.dates", window.chineseLabel(), exampleDate(window)),
                    text("template.step.dropdowns"),
                    text(kind.calendarYear() ? "template.step.applications.calendarYear" : "template.step.applications"),
                    text("template.step.counts"),
                    text("template.step.layout"),
                    text("template.step.hidden"),
                    text("template.step.save"));
            for (int i = 0; i < steps.size(); i++) {
                textRow(sheet, r++, (i + 1) + ". " + steps.get(i), wrapped, 11);
            }
        }

        /** Excel does not grow wrapped rows on opening, so size each row for its text. */
        private void textRow(XSSFSheet sheet, int index, String value, CellStyle style, int points) {
            Row row = sheet.createRow(index);
            Cell cell = row.createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            // In tenths of a column character: a Chinese character is a little over two.
            int width = value.codePoints().map(c -> c >= 0x2E80 ? 22 : 10).sum();
            int perLine = (INSTRUCTIONS_WIDTH_CHARS - 4) * 10;
            int lines = Math.max(1, (width + perLine - 1) / perLine);
            row.setHeightInPoints(lines * (points + 6f));
        }

        private void records(XSSFSheet sheet) {
            RecordField[] fields = RecordField.values();
            headerRow(sheet, Arrays.stream(fields).map(RecordField::header).toList());
            for (RecordField f : fields) {
                int col = f.ordinal();
                switch (f) {
                    case DATE -> column(sheet, col, 12, date);
                    case TITLE -> column(sheet, col, 50, textFormat);
                    case CHANNEL -> column(sheet, col, 16, null);
                    case ITEM -> column(sheet, col, 44, null);
                    case LINK -> column(sheet, col, 40, textFormat);
                    case NOTE -> column(sheet, col, 24, textFormat);
                }
            }
            dateInWindow(sheet, RecordField.DATE.ordinal());
            fromList(sheet, RecordField.CHANNEL.ordinal(), channelList);
            fromList(sheet, RecordField.ITEM.ordinal(), itemList);
            sheet.setAutoFilter(new CellRangeAddress(0, LAST_PREPARED_ROW - 1, 0, fields.length - 1));
        }

        private void applications(XSSFSheet sheet) {
            ApplicationField[] fields = ApplicationField.values();
            headerRow(sheet, Arrays.stream(fields).map(ApplicationField::header).toList());
            for (ApplicationField f : fields) {
                int col = f.ordinal();
                switch (f) {
                    case RECEIVED, REPLIED -> column(sheet, col, 12, date);
                    case APPLICANT -> column(sheet, col, 14, null);
                    case SUMMARY -> column(sheet, col, 44, textFormat);
                    case OUTCOME -> column(sheet, col, 30, null);
                    case FEE -> column(sheet, col, 11, fee);
                    case CARRIED_OVER -> column(sheet, col, 10, null);
                    case NOTE -> column(sheet, col, 24, textFormat);
                }
            }
            dateInWindow(sheet, ApplicationField.RECEIVED.ordinal());
            DataValidationConstraint fromStart = validations.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                    dateFormula(window.start()), null, DATE_FORMAT);
            add(sheet, fromStart, ApplicationField.REPLIED.ordinal(), LAST_PREPARED_ROW,
                    text("template.validation.dateFromWindowStart", ChineseDates.format(window.start()), exampleDate(window)));
            fromList(sheet, ApplicationField.APPLICANT.ordinal(), applicantList);
            fromList(sheet, ApplicationField.OUTCOME.ordinal(), outcomeList);
            fromList(sheet, ApplicationField.CARRIED_OVER.ordinal(), yesNoList);
            add(sheet, validations.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                    ApplicationField.FEE.ordinal(), LAST_PREPARED_ROW, text("template.validation.fee"));
        }

        private void counts(XSSFSheet sheet) {
            headerRow(sheet, TemplateLayout.COUNT_HEADERS);
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 8 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            int r = TemplateLayout.FIRST_DATA_ROW - 1;
            for (ReportKind.CountDef count : kind.counts()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(count.name());
                row.createCell(1).setCellStyle(countInput);
                row.createCell(2).setCellValue(count.unit() == null ? "" : count.unit());
                row.createCell(3).setCellValue(count.hint() == null ? "" : count.hint());
            }
            if (!kind.counts().isEmpty()) {
                add(sheet, validations.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                        1, r, text("template.validation.count"));
            }
        }

        private void meta(XSSFSheet sheet) {
            String[][] entries = {
                    {TemplateLayout.META_TEMPLATE_VERSION, String.valueOf(TemplateLayout.VERSION)},
                    {TemplateLayout.META_KIND, kind.id()},
                    // The kind the dropdowns were taken from, which may be newer than the project's outline.
                    {TemplateLayout.META_KIND_VERSION, String.valueOf(kind.version())},
                    {TemplateLayout.META_YEAR, project.year().toString()},
                    {TemplateLayout.META_WINDOW_START, window.start().toString()},
                    {TemplateLayout.META_WINDOW_END, window.end().toString()},
                    {TemplateLayout.META_DEPARTMENT, department},
                    {TemplateLayout.META_INSTITUTION, project.institution().name()},
            };
            for (int i = 0; i < entries.length; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(entries[i][0]);
                row.createCell(1).setCellValue(entries[i][1]);
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            // No password: this stops slips, not people; the importer trusts nothing it reads here anyway.
            sheet.enableLocking();
        }

        /** The dropdown sources, one list per column; remembers each as an absolute range. */
        private void lists(XSSFSheet sheet) {
            channelList = listColumn(sheet, 0, kind.channels(), ReportKind.Channel::name);
            itemList = listColumn(sheet, 1, kind.items(), i -> TemplateLayout.itemLabel(i.number(), i.name()));
            applicantList = listColumn(sheet, 2, kind.applicantTypes(), ReportKind.ApplicantType::name);
            outcomeList = listColumn(sheet, 3, kind.outcomes(), ReportKind.Outcome::name);
            yesNoList = listColumn(sheet, 4, List.of(text("template.yes"), text("template.no")), Function.identity());
            sheet.enableLocking();
        }

        private <T> String listColumn(XSSFSheet sheet, int col, List<T> values, Function<T, String> label) {
            if (values.isEmpty()) {
                return null;
            }
            for (int i = 0; i < values.size(); i++) {
                Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
                row.createCell(col).setCellValue(label.apply(values.get(i)));
            }
            String letter = CellReference.convertNumToColString(col);
            // Sheet names starting with "_" must be quoted in formulas.
            return "'" + TemplateLayout.SHEET_LISTS + "'!$" + letter + "$1:$" + letter + "$" + values.size();
        }

        private void headerRow(XSSFSheet sheet, List<String> headers) {
            Row row = sheet.createRow(0);
            row.setHeightInPoints(20);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1")); // the headers on every printed page
            fitToPageWidth(sheet, headers.size() > 4);
        }

        /** Printed pages as wide as the paper, however long the sheet. */
        private void fitToPageWidth(XSSFSheet sheet, boolean landscape) {
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(landscape);
        }

        private void column(XSSFSheet sheet, int col, int widthChars, CellStyle style) {
            sheet.setColumnWidth(col, widthChars * 256);
            if (style != null) {
                // A column style rather than a million styled cells: rows typed later pick it up too.
                sheet.setDefaultColumnStyle(col, style);
            }
        }

        private void dateInWindow(XSSFSheet sheet, int col) {
            DataValidationConstraint between = validations.createDateConstraint(OperatorType.BETWEEN,
                    dateFormula(window.start()), dateFormula(window.end()), DATE_FORMAT);
            add(sheet, between, col, LAST_PREPARED_ROW, text("template.validation.dateInWindow",
                    ChineseDates.format(window.start()), ChineseDates.format(window.end()), exampleDate(window)));
        }

        private void fromList(XSSFSheet sheet, int col, String range) {
            if (range != null) {
                add(sheet, validations.createFormulaListConstraint(range), col, LAST_PREPARED_ROW,
                        text("template.validation.fromList"));
            }
        }

        /** Validates rows FIRST_DATA_ROW..lastRow (1-based) of one column. */
        private void add(XSSFSheet sheet, DataValidationConstraint constraint, int col, int lastRow, String error) {
            CellRangeAddressList cells = new CellRangeAddressList(TemplateLayout.FIRST_DATA_ROW - 1, lastRow - 1, col, col);
            DataValidation v = validations.createValidation(constraint, cells);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.setShowErrorBox(true);
            v.createErrorBox(text("template.validation.title"), error);
            v.setEmptyCellAllowed(true);
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                v.setSuppressDropDownArrow(true); // XSSF's inverted flag: true shows the arrow
            }
            sheet.addValidationData(v);
        }
    }

    /**
     * A colour as ARGB. POI writes the bytes it is given as they are: three give a 6-digit {@code rgb},
     * which the schema refuses (ST_UnsignedIntHex is four bytes, alpha first) and Excel and WPS repair.
     */
    private static XSSFColor opaque(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) red, (byte) green, (byte) blue});
    }

    /** DATE(y,m,d) rather than a serial number: the same in the 1900 and 1904 date systems and readable. */
    private static String dateFormula(LocalDate d) {
        return "DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }
}
