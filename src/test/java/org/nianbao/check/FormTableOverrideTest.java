package org.nianbao.check;

import org.nianbao.testing.Checkers;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** A reason accepted for one column of a government table stays on that column, and older projects' overrides still hold. */
class FormTableOverrideTest {
    private static final Workspace WS = Workspace.standard();
    private static final ReportKind KIND = WS.kind("gov-2021-calendar-year");
    private static final LocalDate TODAY = LocalDate.of(2022, 1, 10);

    /**
     * New applications from a natural person, an "other" organisation and in the total, none
     * handled and 0 carried forward: Table 3 does not balance in three columns. Table 4's two lawsuit groups have
     * totals their results do not make up.
     */
    private static Project unbalanced() {
        Project p = WS.newProject(KIND.id(), AcademicYear.parse("2021-2022"), Fixtures.institution());
        p = set(p, "3", "1", "natural", "1");
        p = set(p, "3", "1", "other-org", "1");
        p = set(p, "3", "1", "total", "2");
        for (String col : List.of("natural", "other-org", "total")) {
            p = set(p, "3", "4", col, "0");
        }
        p = set(p, "4", "count", "direct.total", "1");
        p = set(p, "4", "count", "after.total", "2");
        return p;
    }

    private static Project set(Project p, String table, String row, String col, String value) {
        return p.withTableEntry(table, row, col, new BigDecimal(value));
    }

    private static List<Finding> check(Project p) {
        return Checkers.standard().run(CheckContext.of(p, KIND, TODAY, HolidayCalendar.builtIn()));
    }

    private static List<Finding> withCode(List<Finding> all, String code) {
        return all.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** What the secretary does: accept the finding she reads, with the location it shows. */
    private static Project accept(Project p, String code, String location, String reason) {
        Finding f = check(p).stream().filter(x -> x.code().equals(code) && x.location().equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " at " + location));
        return p.withOverride(new Project.Override(code, f.location(), f.excerpt(), reason, TODAY));
    }

    @Test
    void eachColumnsFindingHasItsOwnPlace() {
        List<Finding> balance = withCode(check(unbalanced()), "check.table.unbalanced");
        assertThat(balance).extracting(Finding::location)
                .containsExactly("table:3/4/natural", "table:3/4/other-org", "table:3/4/total");
        assertThat(withCode(check(unbalanced()), "check.table.groupTotal")).extracting(Finding::location)
                .containsExactly("table:4/count/direct.total", "table:4/count/after.total");
    }

    @Test
    void aReasonAcceptedForTheOtherColumnOfTable3LandsOnThatColumnOnly() {
        Project p = accept(unbalanced(), "check.table.unbalanced", "table:3/4/other-org", "其他类申请人的一件转入下年，已另行说明");
        List<Finding> balance = withCode(check(p), "check.table.unbalanced");
        assertThat(balance).filteredOn(Finding::overridden).extracting(Finding::location).containsExactly("table:3/4/other-org");
        assertThat(balance).filteredOn(Finding::overridden).extracting(Finding::overrideReason)
                .containsExactly("其他类申请人的一件转入下年，已另行说明");

        // 总计, which the old whole-table location could never reach, is accepted on its own as well.
        p = accept(p, "check.table.unbalanced", "table:3/4/total", "同上");
        assertThat(withCode(check(p), "check.table.unbalanced")).filteredOn(Finding::overridden).extracting(Finding::location)
                .containsExactly("table:3/4/other-org", "table:3/4/total");
    }

    @Test
    void aReasonAcceptedForOneTable4GroupLandsOnThatGroupOnly() {
        Project p = accept(unbalanced(), "check.table.groupTotal", "table:4/count/after.total", "复议后起诉的两件尚在审理，法院未立案编号");
        assertThat(withCode(check(p), "check.table.groupTotal")).filteredOn(Finding::overridden).extracting(Finding::location)
                .containsExactly("table:4/count/after.total");
        assertThat(withCode(check(p), "check.table.groupTotal")).filteredOn(f -> !f.overridden()).extracting(Finding::location)
                .containsExactly("table:4/count/direct.total");
    }

    @Test
    void anOlderProjectsWholeTableOverrideStillAcceptsTheFirstFindingAndAsksToAcceptItAgain() {
        // What the previous version stored: location table:3, the excerpt of the first column's finding.
        Project p = unbalanced().withOverride(new Project.Override("check.table.unbalanced", "table:3", "自然人", "旧理由", TODAY));
        List<Finding> all = check(p);
        assertThat(withCode(all, "check.table.unbalanced")).filteredOn(Finding::overridden).extracting(Finding::location)
                .containsExactly("table:3/4/natural");
        List<Finding> notes = withCode(all, "check.override.reaccept");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).severity()).isEqualTo(Finding.Severity.INFO);
        assertThat(notes.get(0).location()).isEqualTo("table:3/4/natural");
        assertThat(notes.get(0).args()).containsExactly("table:3", "table:3/4/natural", "check.table.unbalanced");

        // Accepting it again at its own place replaces the old record: the note goes, nothing else is accepted.
        Project again = accept(p, "check.table.unbalanced", "table:3/4/natural", "旧理由");
        assertThat(again.overrides()).extracting(Project.Override::location).containsExactly("table:3/4/natural");
        assertThat(withCode(check(again), "check.override.reaccept")).isEmpty();
        assertThat(withCode(check(again), "check.table.unbalanced")).filteredOn(Finding::overridden).hasSize(1);
    }

    @Test
    void anOlderRowOverrideOnTable4StillAcceptsItsGroup() {
        Project p = unbalanced().withOverride(new Project.Override("check.table.groupTotal", "table:4/count",
                "行政诉讼（未经复议直接起诉）", "旧理由", TODAY));
        List<Finding> all = check(p);
        assertThat(withCode(all, "check.table.groupTotal")).filteredOn(Finding::overridden).extracting(Finding::location)
                .containsExactly("table:4/count/direct.total");
        assertThat(withCode(all, "check.override.reaccept")).extracting(Finding::location).containsExactly("table:4/count/direct.total");
    }
}
