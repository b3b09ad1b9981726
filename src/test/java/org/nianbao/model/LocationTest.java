package org.nianbao.model;

import org.nianbao.testing.Checkers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.check.CheckContext;
import org.nianbao.check.Checker;
import org.nianbao.check.Finding;
import org.nianbao.check.HolidayCalendar;
import org.nianbao.kind.ReportKind;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.ReportProgress;
import org.nianbao.workspace.Workspace;

/** One reader and one writer for the location strings of check --json, overrides and the app. */
class LocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"opening", "opening@0", "opening@17", "section:overview", "section:overview@12",
            "record:教务处.xlsx/主动公开/3", "record:教务处@v2.xlsx/主动公开/3", "record:a@b@7.xls/数据/12",
            "application:财务处 (2)@.xlsx/依申请/4", "table:3", "table:3/1", "table:3/1/natural", "table:4/count/direct.total",
            "item:12", "project", "contact", "signature", "", "something:else@3"})
    void everyDocumentedFormReadsAndWritesBackTheSameText(String text) {
        assertThat(Location.parse(text).encode()).isEqualTo(text);
    }

    @Test
    void onlyProseCarriesAnOffset() {
        assertThat(Location.parse("section:overview@12")).isEqualTo(new Location.Section("overview", 12));
        assertThat(Location.parse("section:overview@12").place().encode()).isEqualTo("section:overview");
        assertThat(Location.parse("opening@5").offset()).isEqualTo(5);
        // A workbook's name may hold @ (legal on every system): the row's place is the whole of it.
        Location row = Location.parse("record:教务处@v2.xlsx/主动公开/3");
        assertThat(row).isEqualTo(Location.record("教务处@v2.xlsx/主动公开/3"));
        assertThat(row.offset()).isEqualTo(-1);
        assertThat(Location.placeOf("record:教务处@v2.xlsx/主动公开/3")).isEqualTo("record:教务处@v2.xlsx/主动公开/3");
        // An @ that is not followed by an offset stays part of the id.
        assertThat(Location.parse("section:a@b")).isEqualTo(new Location.Section("a@b", -1));
    }

    @Test
    void aTableOrRowHoldsItsCellsButNotOthers() {
        Location.Table cell = (Location.Table) Location.parse("table:3/4/natural");
        assertThat(((Location.Table) Location.parse("table:3")).holds(cell)).isTrue();
        assertThat(((Location.Table) Location.parse("table:3/4")).holds(cell)).isTrue();
        assertThat(((Location.Table) Location.parse("table:3/1")).holds(cell)).isFalse();
        assertThat(((Location.Table) Location.parse("table:4")).holds(cell)).isFalse();
        assertThat(cell.holds(cell)).isFalse();
        assertThat(Project.Override.isLegacyTablePlace("table:3/4", "table:3/4/natural")).isTrue();
        assertThat(Project.Override.isLegacyTablePlace("table:3/4/natural", "table:3/4/natural")).isFalse();
    }

    /**
     * Two rejected rows in a workbook named with an @: accepting one must not accept the other (the old reader cut
     * both locations at the @, so one override matched every row of the file), and both belong to 部门报送.
     */
    @Test
    void anAcceptedRowInAWorkbookNamedWithAnAtAcceptsThatRowOnly() {
        Workspace ws = Workspace.standard();
        ReportKind kind = ws.kind("moe-academic-year");
        LocalDate today = LocalDate.of(2022, 10, 10);
        String file = "教务处@v2.xlsx";
        List<SubmissionIssue> issues = List.of(
                new SubmissionIssue("主动公开", "C3", 3, "intake.date.outsideWindow", SubmissionIssue.Level.ERROR, List.of("2021-08-01"), ""),
                new SubmissionIssue("主动公开", "C5", 5, "intake.date.outsideWindow", SubmissionIssue.Level.ERROR, List.of("2022-09-02"), ""));
        Project p = ws.newProject(kind.id(), AcademicYear.parse("2021-2022"), Fixtures.institution())
                .withDepartmentsAdded(List.of("教务处"))
                .withSubmission(new DepartmentSubmission("教务处", file, "0".repeat(64), Instant.parse("2022-09-20T08:00:00Z"),
                        List.of(), List.of(), Map.of(), 2, 0, issues));
        List<Finding> rows = rows(p, kind, today);
        assertThat(rows).extracting(Finding::location)
                .containsExactly("record:教务处@v2.xlsx/主动公开/3", "record:教务处@v2.xlsx/主动公开/5");
        Finding first = rows.get(0);
        p = p.withOverride(new Project.Override(first.code(), first.location(), first.excerpt(), "该行为上学年末的会议，已核实", today));
        assertThat(rows(p, kind, today)).extracting(Finding::location, Finding::overridden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("record:教务处@v2.xlsx/主动公开/3", true),
                        org.assertj.core.groups.Tuple.tuple("record:教务处@v2.xlsx/主动公开/5", false));
        assertThat(ReportProgress.partOf(rows.get(1).location(), p, kind)).contains(ReportProgress.INTAKE);
    }

    private static List<Finding> rows(Project p, ReportKind kind, LocalDate today) {
        return Checkers.standard().run(CheckContext.of(p, kind, today, HolidayCalendar.builtIn())).stream()
                .filter(f -> f.location().startsWith("record:")).toList();
    }
}
