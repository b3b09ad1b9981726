package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.check.Fixes;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.Extract;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * Table 3 of the government report counted from the applications the departments reported prints
 * exactly what the secretary would type by hand for the same cases; the prose quotes its cells; a
 * typed figure that differs from the count is a warning naming both, and its fix prints the count.
 */
class Table3FromRecordsTest {
    private static final String[] COLUMNS = {"natural", "business", "research", "public-interest", "legal-service", "other-org", "total"};

    @TempDir
    Path dir;

    private final Workspace ws = Workspace.standard();

    private static ApplicationCase application(int row, String received, String type, String replied, String outcome, boolean carried) {
        return new ApplicationCase(LocalDate.parse(received), type, "申请公开事项" + row, replied == null ? null : LocalDate.parse(replied),
                outcome, BigDecimal.ZERO, carried, "", new SourceRef("办公室.xlsx", "", "依申请公开", row));
    }

    /** Six cases: four answered this year (one kept back under 学校规定的其他情形), one carried over from last year, one still open. */
    private Project withApplications() {
        List<ApplicationCase> cases = List.of(
                application(2, "2023-03-01", "natural-person", "2023-03-10", "disclosed", false),
                application(3, "2023-04-03", "natural-person", "2023-04-20", "partly-disclosed", false),
                application(4, "2023-05-08", "business", "2023-05-30", "withheld-other-rule", false),
                application(5, "2023-06-12", "research", "2023-06-28", "not-held", false),
                application(6, "2023-12-20", "other-org", null, "", false),
                application(7, "2022-12-22", "natural-person", "2023-01-10", "disclosed", true));
        DepartmentSubmission office = new DepartmentSubmission("办公室", "办公室.xlsx", "", Instant.parse("2024-01-05T08:00:00Z"),
                List.of(), cases, Map.of(), 0, 0);
        return ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2023"), Fixtures.institution()).withSubmission(office)
                .withProse("on-request", "本年度新收政府信息公开申请{{表3.本年新收.总计}}件，上年结转{{表3.上年结转.总计}}件，结转下年度{{表3.结转下年度继续办理.总计}}件。");
    }

    /** The same cases as the secretary types them into the form: every figure cell, zeros included. */
    private Project typedByHand() {
        Project p = ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2023"), Fixtures.institution())
                .withProse("on-request", "本年度新收政府信息公开申请5件，上年结转1件，结转下年度1件。");
        String[][] rows = {
                // row, natural, business, research, public-interest, legal-service, other-org, total
                {"1", "2", "1", "1", "0", "0", "1", "5"},
                {"2", "1", "0", "0", "0", "0", "0", "1"},
                {"3.1", "2", "0", "0", "0", "0", "0", "2"},
                {"3.2", "1", "0", "0", "0", "0", "0", "1"},
                {"3.4.1", "0", "0", "1", "0", "0", "0", "1"},
                {"3.6.3", "0", "1", "0", "0", "0", "0", "1"},
                {"3.7", "3", "1", "1", "0", "0", "0", "5"},
                {"4", "0", "0", "0", "0", "0", "1", "1"}};
        List<String> named = new ArrayList<>();
        for (String[] r : rows) {
            named.add(r[0]);
            for (int c = 0; c < COLUMNS.length; c++) {
                p = p.withTableEntry("3", r[0], COLUMNS[c], new BigDecimal(r[c + 1]));
            }
        }
        for (var row : ws.kind("gov-2021-calendar-year").formTable("3").orElseThrow().rows()) {
            if (!row.group() && !named.contains(row.id())) {
                for (String c : COLUMNS) {
                    p = p.withTableEntry("3", row.id(), c, BigDecimal.ZERO);
                }
            }
        }
        return p;
    }

    private static List<List<String>> table3(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                if (t.getRow(0).getCell(0).getText().startsWith("（本列数据的勾稽关系为")) {
                    return t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
                }
            }
        }
        throw new AssertionError("no Table 3 in " + docx);
    }

    /** The PDF's text from Table 3's corner note to Table 4's heading. */
    private static String table3Text(Path pdf) throws Exception {
        String text = Extract.pdfTextJoined(pdf);
        int from = text.indexOf("（本列数据的勾稽关系为");
        int to = text.indexOf("四、政府信息公开行政复议", from);
        assertThat(from).isPositive();
        return text.substring(from, to);
    }

    @Test
    void table3CountedFromTheApplicationsEqualsTheTableTypedByHandForTheSameCases() throws Exception {
        ProjectSession counted = ws.create(dir.resolve("counted.nianbao"), withApplications(), false);
        ProjectSession typed = ws.create(dir.resolve("typed.nianbao"), typedByHand(), false);
        counted.export(dir.resolve("counted.pdf"), dir.resolve("counted.docx"));
        typed.export(dir.resolve("typed.pdf"), dir.resolve("typed.docx"));

        List<List<String>> fromRecords = table3(dir.resolve("counted.docx"));
        assertThat(fromRecords).isEqualTo(table3(dir.resolve("typed.docx")));
        assertThat(fromRecords).contains(List.of("一、本年新收政府信息公开申请数量", "2", "1", "1", "0", "0", "1", "5"),
                List.of("3.其他", "0", "1", "0", "0", "0", "0", "1"),
                List.of("四、结转下年度继续办理", "0", "0", "0", "0", "0", "1", "1"));
        assertThat(table3Text(dir.resolve("counted.pdf"))).isEqualTo(table3Text(dir.resolve("typed.pdf")));
        assertThat(Extract.pdfTextJoined(dir.resolve("counted.pdf"))).contains("本年度新收政府信息公开申请5件，上年结转1件，结转下年度1件。");

        assertThat(counted.check()).noneMatch(f -> f.code().startsWith("check.table."));
        assertThat(counted.fields().value("表3.本年新收.总计")).contains("5");
        assertThat(counted.fields().value("表3.其他.商业企业")).contains("1");
    }

    @Test
    void aTypedFigureThatDiffersFromTheApplicationsIsAWarningNamingBothAndItsFixPrintsTheCount() throws Exception {
        // She typed last year's habit, 4 received from natural persons, over the departments' 2.
        Project p = withApplications().withTableEntry("3", "1", "natural", new BigDecimal("4"));
        ProjectSession s = ws.create(dir.resolve("p.nianbao"), p, false);
        List<Finding> findings = s.check();
        Finding differs = findings.stream().filter(f -> f.code().equals("check.table.differsFromRecords")).findFirst().orElseThrow();
        assertThat(differs.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(differs.location()).isEqualTo("table:3/1/natural");
        assertThat(differs.args()).containsSubsequence("一、本年新收政府信息公开申请数量", "自然人", "4", "2");
        assertThat(differs.fix()).isNotNull();
        // The typed 4 prints, and the column no longer adds up: that is an error of the printed table.
        assertThat(findings).anyMatch(f -> f.code().equals("check.table.unbalanced") && f.location().equals("table:3/4/natural"));

        Project fixed = Fixes.apply(s.project(), List.of(differs)).project();
        assertThat(fixed.tables().value("3", "1", "natural")).isEmpty();
        assertThat(s.check(fixed)).noneMatch(f -> f.code().startsWith("check.table."));
    }

    @Test
    void withoutApplicationsATableTypedByHandIsNeverContradictedByZeros() throws Exception {
        ProjectSession typed = ws.create(dir.resolve("typed.nianbao"), typedByHand(), false);
        assertThat(typed.check()).noneMatch(f -> f.code().startsWith("check.table."));
        assertThat(typed.fields().value("表3.本年新收.自然人")).contains("2");
        Project blank = ws.newProject("gov-2021-calendar-year", AcademicYear.parse("2023"), Fixtures.institution());
        assertThat(ws.create(dir.resolve("blank.nianbao"), blank, false).fields().value("表3.本年新收.总计")).contains("");
    }
}
