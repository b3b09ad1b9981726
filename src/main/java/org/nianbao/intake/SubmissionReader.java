package org.nianbao.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.model.StatisticsWindow;

/**
 * Applies the intake rules (DESIGN.md §7) to one workbook: finds whose it is, finds the header rows
 * of our template or of a department's own table, and turns each row into a record, an application
 * or a count, or into an issue naming its cell. Valid rows are kept; nothing is guessed.
 */
public final class SubmissionReader {
    private static final int HEADER_SCAN_ROWS = 30;
    private static final String FIELD_DATE = "date";
    private static final String FIELD_TITLE = "title";
    private static final String FIELD_CHANNEL = "channel";
    private static final String FIELD_ITEM = "item";
    private static final String FIELD_LINK = "link";
    private static final String FIELD_NOTE = "note";

    private final ReportKind kind;
    private final Project project;
    private final StatisticsWindow window;
    private final Vocabulary vocabulary;
    private final Clock clock;
    private final HeaderSynonyms synonyms = HeaderSynonyms.INSTANCE;

    public SubmissionReader(ReportKind kind, Project project, Clock clock) {
        this.kind = kind;
        this.project = project;
        this.window = kind.window(project.year());
        this.vocabulary = new Vocabulary(kind);
        this.clock = clock;
    }

    public FileImport read(Path file, String displayName, String sha256, ImportOptions options) throws IOException {
        WorkbookContent content;
        try {
            content = WorkbookOpener.openStreamed(file);
        } catch (WorkbookRefusal r) {
            return FileImport.refused(displayName, options.department(), fileIssue(displayName, r.code(), r.args()));
        }
        String department = options.department();
        try (content) {
            Map<String, String> meta = content.sheet(TemplateLayout.SHEET_META).map(SubmissionReader::metaOf).orElse(Map.of());
            if (!meta.isEmpty()) {
                String kindId = meta.getOrDefault(TemplateLayout.META_KIND, "");
                String year = meta.getOrDefault(TemplateLayout.META_YEAR, "");
                department = meta.getOrDefault(TemplateLayout.META_DEPARTMENT, "").strip();
                if (!kindId.equals(project.kindId())) {
                    return FileImport.refused(displayName, department, fileIssue(displayName, "intake.file.kindMismatch", kindId, project.kindId()));
                }
                if (!sameYear(year, project.year())) {
                    return FileImport.refused(displayName, department, fileIssue(displayName, "intake.file.yearMismatch",
                            asProjectWrites(year, project.year()), project.year().toString()));
                }
                if (!options.department().isEmpty() && !options.department().equals(department)) {
                    return FileImport.refused(displayName, department,
                            fileIssue(displayName, "intake.file.departmentMismatch", department, options.department()));
                }
            } else if (department.isEmpty()) {
                return FileImport.refused(displayName, "", fileIssue(displayName, "intake.file.departmentMissing"));
            }
            return new Run(displayName, sha256, department, options, content, !meta.isEmpty()).run();
        } catch (SheetData.StreamFailure e) {
            // A sheet read part-way turned out damaged: the file is refused as a whole, as when it is read whole.
            WorkbookRefusal r = WorkbookOpener.refusal(e, sizeOf(file));
            return FileImport.refused(displayName, options.department(), fileIssue(displayName, r.code(), r.args()));
        } catch (OutOfMemoryError e) {
            return FileImport.outOfMemory(displayName, department, sizeOf(file), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether the template's year is the project's: a calendar-year template written before the
     * year followed its kind says 2023-2024 for the project's 2023.
     */
    /** A template's year written as the project's kind writes years ("2020-2021", "2022"); as written when unreadable. */
    private static String asProjectWrites(String written, org.nianbao.model.AcademicYear project) {
        try {
            return org.nianbao.model.AcademicYear.parseStored(written).asCalendar(project.calendar()).toString();
        } catch (RuntimeException e) {
            return written;
        }
    }

    private static boolean sameYear(String written, org.nianbao.model.AcademicYear year) {
        if (written.equals(year.toString())) {
            return true;
        }
        try {
            return year.calendar() && org.nianbao.model.AcademicYear.parse(written).sameStart(year);
        } catch (org.nianbao.model.InvalidValueException e) {
            return false;
        }
    }

    private static Map<String, String> metaOf(SheetData sheet) {
        Map<String, String> meta = new HashMap<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            CellValue k = sheet.get(r, 0);
            CellValue v = sheet.get(r, 1);
            if (k != null && v != null) {
                meta.put(k.display().strip(), v.display().strip());
            }
        }
        return meta;
    }

    private static ImportIssue fileIssue(String file, String code, Object... args) {
        return new ImportIssue(file, "", "", 0, code, ImportIssue.Severity.ERROR, strings(args));
    }

    private static List<String> strings(Object... args) {
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            out.add(String.valueOf(a));
        }
        return out;
    }

    /** One file's pass: collects issues, rows and counts. */
    private final class Run {
        private final String file;
        private final String sha256;
        private final String department;
        private final ImportOptions options;
        private final WorkbookContent content;
        private final boolean ourTemplate;
        private final List<ImportIssue> issues = new ArrayList<>();
        private final org.nianbao.model.RecordTable.Builder records = new org.nianbao.model.RecordTable.Builder();
        /** The rows kept so far, for telling a duplicate within the file (their keys as hashes, not a million strings). */
        private org.nianbao.model.RecordTable kept;
        private final org.nianbao.model.DuplicateKeys seenInFile = new org.nianbao.model.DuplicateKeys(1024, this::keptKey);
        /** Each sheet's date column, to name an earlier duplicate's cell. */
        private final Map<String, Integer> dateColumns = new HashMap<>();
        /** Every other department's records, and which department each came from. */
        private final List<DisclosureRecord> elsewhere;
        private final List<org.nianbao.model.DepartmentSubmission> others = new ArrayList<>();
        private final org.nianbao.model.DuplicateKeys seenElsewhere;
        private final List<ApplicationCase> applications = new ArrayList<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, String> mappingUsed = new LinkedHashMap<>();
        private final Map<String, String> headerOverrides = new HashMap<>();
        private int rejected;
        private int recognisedSheets;

        Run(String file, String sha256, String department, ImportOptions options, WorkbookContent content, boolean ourTemplate) {
            this.file = file;
            this.sha256 = sha256;
            this.department = department;
            this.options = options;
            this.content = content;
            this.ourTemplate = ourTemplate;
            project.mappings().getOrDefault(department, Map.of())
                    .forEach((header, field) -> headerOverrides.put(HeaderSynonyms.normalise(header), field));
            options.columnMap().forEach((header, field) -> headerOverrides.put(HeaderSynonyms.normalise(header), field));
            for (var sub : project.submissions()) {
                if (!sub.department().equals(department)) { // else being replaced
                    others.add(sub);
                }
            }
            elsewhere = project.withSubmissions(others).records(); // a view over the other submissions
            seenElsewhere = new org.nianbao.model.DuplicateKeys(elsewhere.size(), i -> elsewhere.get(i).duplicateKey());
            int number = 0;
            for (DisclosureRecord r : elsewhere) {
                seenElsewhere.addIfAbsent(number++, r.duplicateKey()); // the first place a publication was seen
            }
        }

        /** The department whose submission holds record {@code i} of {@link #elsewhere}. */
        private String departmentOfElsewhere(int i) {
            for (var sub : others) {
                if (i < sub.records().size()) {
                    return sub.department();
                }
                i -= sub.records().size();
            }
            throw new IndexOutOfBoundsException(i);
        }

        /** Record {@code i} of those kept so far. */
        private DisclosureRecord keptRecord(int i) {
            if (kept == null || i >= kept.size()) {
                kept = records.snapshot(); // shares the builder's columns: cheap, and only when a hash matched
            }
            return kept.get(i);
        }

        private String keptKey(int i) {
            return keptRecord(i).duplicateKey();
        }

        FileImport run() {
            for (SheetData sheet : content.sheets()) {
                String name = sheet.name();
                if (name.equals(TemplateLayout.SHEET_META) || name.equals(TemplateLayout.SHEET_LISTS)) {
                    continue;
                }
                if (sheet.hidden()) {
                    issues.add(new ImportIssue(file, name, "", 0, "intake.sheet.hidden", ImportIssue.Severity.INFO, List.of(name)));
                    continue;
                }
                if (name.equals(TemplateLayout.SHEET_INSTRUCTIONS)) {
                    continue;
                }
                readSheet(sheet);
            }
            if (recognisedSheets == 0) {
                return FileImport.refused(file, department, fileIssue(file, "intake.file.noRecognisedSheet"));
            }
            int warnings = (int) issues.stream().filter(i -> i.severity() == ImportIssue.Severity.WARNING).count();
            DepartmentSubmission submission = new DepartmentSubmission(department, file, sha256, clock.instant(),
                    records.build(), applications, counts, rejected, warnings,
                    issues.stream().map(i -> i.stored("")).toList());
            return new FileImport(file, department, false, submission, issues,
                    records.size() + applications.size() + counts.size(), rejected, ourTemplate ? Map.of() : mappingUsed);
        }

        private void readSheet(SheetData sheet) {
            if (sheet.name().equals(TemplateLayout.SHEET_COUNTS) || isCountHeader(sheet, 0)) {
                recognisedSheets++;
                readCounts(sheet);
                return;
            }
            for (int r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rowCount()); r++) {
                Map<String, Integer> recordCols = matchHeader(sheet, r, synonyms.records);
                if (recordCols.containsKey(FIELD_DATE) && recordCols.containsKey(FIELD_TITLE)) {
                    recognisedSheets++;
                    readRecords(sheet, r, recordCols);
                    return;
                }
                Map<String, Integer> appCols = matchHeader(sheet, r, synonyms.applications);
                if (appCols.containsKey("received") && (appCols.containsKey("outcome") || appCols.containsKey("replied"))) {
                    recognisedSheets++;
                    readApplications(sheet, r, appCols);
                    return;
                }
            }
            if (hasContent(sheet)) {
                issues.add(new ImportIssue(file, sheet.name(), "", 0, "intake.sheet.noHeader", ImportIssue.Severity.WARNING,
                        List.of(sheet.name())));
            }
        }

        private boolean isCountHeader(SheetData sheet, int row) {
            CellValue a = sheet.get(row, 0);
            CellValue b = sheet.get(row, 1);
            return a != null && b != null
                    && HeaderSynonyms.normalise(a.display()).equals(HeaderSynonyms.normalise(TemplateLayout.COUNT_HEADERS.get(0)))
                    && HeaderSynonyms.normalise(b.display()).equals(HeaderSynonyms.normalise(TemplateLayout.COUNT_HEADERS.get(1)));
        }

        private boolean hasContent(SheetData sheet) {
            for (int r = 0; r < sheet.rowCount(); r++) {
                if (sheet.columnCount(r) > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Field → column for one candidate header row; overrides (--map, remembered) come first. */
        private Map<String, Integer> matchHeader(SheetData sheet, int row, Map<String, List<String>> fields) {
            Map<String, Integer> cols = new LinkedHashMap<>();
            Map<String, String> texts = new HashMap<>();
            for (int c = 0; c < sheet.columnCount(row); c++) {
                CellValue v = sheet.get(row, c);
                if (v == null || v.type() != CellValue.Type.TEXT) {
                    continue;
                }
                String norm = HeaderSynonyms.normalise(v.display());
                String field = headerOverrides.get(norm);
                if (field == null || !fields.containsKey(field)) {
                    field = null;
                    for (var e : fields.entrySet()) {
                        if (e.getValue().contains(norm) && !cols.containsKey(e.getKey())) {
                            field = e.getKey();
                            break;
                        }
                    }
                }
                if (field != null && !cols.containsKey(field)) {
                    cols.put(field, c);
                    texts.put(field, v.display().strip());
                }
            }
            if (!ourTemplate && cols.size() >= 2) {
                mappingUsed.clear();
                texts.forEach((field, text) -> mappingUsed.put(text, field));
            }
            return cols;
        }

        private void readRecords(SheetData sheet, int headerRow, Map<String, Integer> cols) {
            Integer itemCol = cols.get(FIELD_ITEM);
            boolean numbersAreCategories = itemCol != null && synonyms.categoryHeaders.contains(
                    HeaderSynonyms.normalise(sheet.get(headerRow, itemCol).display()));
            for (int r = headerRow + 1; r < sheet.rowCount(); r++) {
                if (isBlankOrTotal(sheet, r)) {
                    continue;
                }
                RowCheck row = new RowCheck(sheet, r);
                LocalDate date = row.date(cols.get(FIELD_DATE), true, false);
                String title = row.text(cols.get(FIELD_TITLE));
                if (title.isEmpty()) {
                    row.error(cols.get(FIELD_TITLE), "intake.title.missing");
                }
                int category = 0;
                int item = 0;
                String itemText = row.text(itemCol);
                if (itemText.isEmpty() && !options.defaultCategory().isEmpty()) {
                    itemText = options.defaultCategory();
                }
                if (itemText.isEmpty()) {
                    row.warn(itemCol == null ? cols.get(FIELD_TITLE) : itemCol, "intake.category.missing");
                } else {
                    Optional<Vocabulary.ListRef> ref = vocabulary.listRef(itemText, numbersAreCategories);
                    if (ref.isPresent()) {
                        category = ref.get().category();
                        item = ref.get().item();
                    } else {
                        row.error(itemCol == null ? cols.get(FIELD_TITLE) : itemCol, "intake.category.unknown", itemText,
                                String.join("、", vocabulary.closestListNames(itemText)));
                    }
                }
                String channelText = row.text(cols.get(FIELD_CHANNEL));
                String channel = "";
                if (channelText.isEmpty()) {
                    row.warn(cols.get(FIELD_CHANNEL) == null ? cols.get(FIELD_TITLE) : cols.get(FIELD_CHANNEL), "intake.channel.missing");
                } else {
                    channel = vocabulary.channel(channelText).orElse(channelText);
                    if (channel.equals(channelText) && vocabulary.channel(channelText).isEmpty()) {
                        row.warn(cols.get(FIELD_CHANNEL), "intake.channel.new", channelText);
                    }
                }
                if (row.failed()) {
                    row.commit();
                    continue;
                }
                SourceRef source = new SourceRef(file, sha256, sheet.name(), r + 1);
                DisclosureRecord rec = new DisclosureRecord(date, title, channel, category, item,
                        row.text(cols.get(FIELD_LINK)), row.text(cols.get(FIELD_NOTE)), source);
                dateColumns.putIfAbsent(sheet.name(), cols.get(FIELD_DATE));
                int earlier = seenInFile.addIfAbsent(records.size(), rec.duplicateKey());
                if (earlier >= 0) {
                    SourceRef first = keptRecord(earlier).source();
                    row.warn(cols.get(FIELD_DATE), "intake.duplicate.inFile",
                            first.sheet() + "!" + cell(dateColumns.get(first.sheet()), first.row() - 1));
                }
                int other = seenElsewhere.indexOf(rec.duplicateKey());
                if (other >= 0) {
                    SourceRef there = elsewhere.get(other).source();
                    row.warn(cols.get(FIELD_DATE), "intake.duplicate.otherDepartment", departmentOfElsewhere(other),
                            there.file(), there.sheet(), there.row());
                }
                records.add(rec);
                kept = null;
                row.commit();
            }
        }

        private void readApplications(SheetData sheet, int headerRow, Map<String, Integer> cols) {
            for (int r = headerRow + 1; r < sheet.rowCount(); r++) {
                if (isBlankOrTotal(sheet, r)) {
                    continue;
                }
                RowCheck row = new RowCheck(sheet, r);
                String carriedText = row.text(cols.get("carried_over"));
                boolean carried = false;
                if (!carriedText.isEmpty()) {
                    String c = HeaderSynonyms.normalise(carriedText);
                    if (c.equals("是") || c.equals("y") || c.equals("yes") || c.equals("true")) {
                        carried = true;
                    } else if (!(c.equals("否") || c.equals("n") || c.equals("no") || c.equals("false"))) {
                        row.error(cols.get("carried_over"), "intake.application.carriedOverInvalid", carriedText);
                    }
                }
                LocalDate received = row.date(cols.get("received"), !carried, carried);
                LocalDate replied = null;
                Integer repliedCol = cols.get("replied");
                if (!row.text(repliedCol).isEmpty()) {
                    replied = row.date(repliedCol, false, false);
                    if (replied != null && received != null && replied.isBefore(received)) {
                        row.error(repliedCol, "intake.application.replyBeforeReceipt", replied, received);
                    }
                }
                String applicantText = row.text(cols.get("applicant"));
                String applicant = "";
                if (applicantText.isEmpty()) {
                    row.error(cols.get("applicant") == null ? cols.get("received") : cols.get("applicant"), "intake.application.applicantMissing");
                } else {
                    applicant = vocabulary.applicantType(applicantText).orElse("");
                    if (applicant.isEmpty()) {
                        row.error(cols.get("applicant"), "intake.application.applicantUnknown", applicantText,
                                String.join("、", kind.applicantTypes().stream().map(ReportKind.ApplicantType::name).toList()));
                    }
                }
                String outcomeText = row.text(cols.get("outcome"));
                String outcome = "";
                if (!outcomeText.isEmpty()) {
                    outcome = vocabulary.outcome(outcomeText).orElse("");
                    if (outcome.isEmpty()) {
                        row.error(cols.get("outcome"), "intake.application.outcomeUnknown", outcomeText);
                    }
                } else if (replied != null) {
                    row.error(cols.get("outcome") == null ? repliedCol : cols.get("outcome"), "intake.application.outcomeMissing");
                }
                BigDecimal fee = BigDecimal.ZERO;
                String feeText = row.text(cols.get("fee"));
                if (!feeText.isEmpty() && !feeText.equals("无")) {
                    try {
                        fee = new BigDecimal(HeaderSynonyms.normalise(feeText).replace("元", ""));
                        if (!ApplicationCase.isPlausibleFee(fee)) {
                            row.error(cols.get("fee"), "intake.application.feeInvalid", feeText);
                            fee = BigDecimal.ZERO;
                        }
                    } catch (NumberFormatException e) {
                        row.error(cols.get("fee"), "intake.application.feeInvalid", feeText);
                    }
                }
                String summary = row.text(cols.get("summary"));
                if (summary.isEmpty()) {
                    row.warn(cols.get("summary") == null ? cols.get("received") : cols.get("summary"), "intake.application.summaryMissing");
                }
                if (!row.failed()) {
                    applications.add(new ApplicationCase(received, applicant, summary, replied, outcome, fee, carried,
                            row.text(cols.get("note")), new SourceRef(file, sha256, sheet.name(), r + 1)));
                }
                row.commit();
            }
        }

        private void readCounts(SheetData sheet) {
            Map<String, ReportKind.CountDef> byName = new HashMap<>();
            for (ReportKind.CountDef d : kind.counts()) {
                byName.put(HeaderSynonyms.normalise(d.name()), d);
                byName.put(HeaderSynonyms.normalise(d.id()), d);
            }
            int start = isCountHeader(sheet, 0) ? 1 : 0;
            for (int r = start; r < sheet.rowCount(); r++) {
                CellValue nameCell = sheet.get(r, 0);
                CellValue valueCell = sheet.get(r, 1);
                if (nameCell == null || nameCell.isBlank() || valueCell == null || valueCell.isBlank()) {
                    continue;
                }
                RowCheck row = new RowCheck(sheet, r);
                ReportKind.CountDef def = byName.get(HeaderSynonyms.normalise(nameCell.display()));
                if (def == null) {
                    row.warn(0, "intake.count.unknown", nameCell.display());
                    row.commit();
                    continue;
                }
                Long value = wholeNumber(valueCell);
                if (value == null || value < 0 || value > org.nianbao.model.ValueRanges.MAX_COUNT) {
                    row.error(1, "intake.count.invalid", valueCell.display(), def.name(),
                            String.valueOf(org.nianbao.model.ValueRanges.MAX_COUNT));
                } else {
                    counts.put(def.id(), value);
                }
                row.commit();
            }
        }

        private Long wholeNumber(CellValue v) {
            if (v.type() == CellValue.Type.NUMBER && v.number() == Math.rint(v.number())) {
                return (long) v.number();
            }
            if (v.type() == CellValue.Type.TEXT) {
                String t = HeaderSynonyms.normalise(v.display()).replace(",", "");
                if (t.matches("\\d{1,15}")) {
                    return Long.parseLong(t);
                }
            }
            return null;
        }

        private boolean isBlankOrTotal(SheetData sheet, int r) {
            boolean any = false;
            for (int c = 0; c < sheet.columnCount(r); c++) {
                CellValue v = sheet.get(r, c);
                if (v == null || v.isBlank()) {
                    continue;
                }
                if (!any && v.type() == CellValue.Type.TEXT) {
                    String t = HeaderSynonyms.normalise(v.display());
                    for (String word : synonyms.totalRowWords) {
                        if (t.startsWith(word)) {
                            return true;
                        }
                    }
                }
                any = true;
            }
            return !any;
        }

        private String cell(Integer col, int row) {
            return CellReference.convertNumToColString(col == null ? 0 : col) + (row + 1);
        }

        /** Collects one row's issues; the row is rejected when any is an error. */
        private final class RowCheck {
            private final SheetData sheet;
            private final int row;
            private final List<ImportIssue> found = new ArrayList<>();
            private boolean failed;

            RowCheck(SheetData sheet, int row) {
                this.sheet = sheet;
                this.row = row;
            }

            String text(Integer col) {
                if (col == null) {
                    return "";
                }
                CellValue v = sheet.get(row, col);
                return v == null ? "" : v.display().strip();
            }

            /**
             * @param inWindow       the date must fall inside the statistics window
             * @param beforeWindow   the date must fall before it (applications carried over from last year)
             */
            LocalDate date(Integer col, boolean inWindow, boolean beforeWindow) {
                if (col == null) {
                    error(null, "intake.date.missing");
                    return null;
                }
                CellValue v = sheet.get(row, col);
                DateParse parsed = v == null ? DateParser.parseText("")
                        : v.type() == CellValue.Type.DATE ? DateParser.fromSerial(v.number(), content.date1904())
                        : v.type() == CellValue.Type.NUMBER ? numberAsDate(v.number())
                        : DateParser.parseText(v.display());
                if (!parsed.ok()) {
                    String code = switch (parsed.problem()) {
                        case MISSING -> "intake.date.missing";
                        case AMBIGUOUS -> "intake.date.ambiguous";
                        case IMPOSSIBLE -> "intake.date.impossible";
                        case UNREADABLE -> "intake.date.unreadable";
                    };
                    error(col, code, v == null ? "" : v.display(), window.chineseLabel());
                    return null;
                }
                LocalDate d = parsed.date();
                if (inWindow && !window.contains(d)) {
                    error(col, "intake.date.outsideWindow", d, window.chineseLabel());
                    return null;
                }
                if (beforeWindow && !d.isBefore(window.start())) {
                    error(col, "intake.date.notCarriedOver", d, window.chineseLabel());
                    return null;
                }
                return d;
            }

            /** A plain number in a date column: 20210901 typed as a number, or a serial whose format was lost. */
            private DateParse numberAsDate(double n) {
                if (n == Math.rint(n) && n >= 19000101 && n <= 21001231) {
                    return DateParser.parseText(Long.toString((long) n));
                }
                return DateParser.fromSerial(n, content.date1904());
            }

            void error(Integer col, String code, Object... args) {
                failed = true;
                found.add(issue(col, code, ImportIssue.Severity.ERROR, args));
            }

            void warn(Integer col, String code, Object... args) {
                found.add(issue(col, code, ImportIssue.Severity.WARNING, args));
            }

            private ImportIssue issue(Integer col, String code, ImportIssue.Severity severity, Object... args) {
                return new ImportIssue(file, sheet.name(), cell(col, row), row + 1, code, severity, strings(args));
            }

            boolean failed() {
                return failed;
            }

            void commit() {
                if (failed) {
                    rejected++;
                }
                issues.addAll(found);
            }
        }
    }
}
