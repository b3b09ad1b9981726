package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** The government form's cross-checks fire on figures that do not add up and stay quiet on ones that do. */
class FormTableRuleTest {
    private static final Workspace WS = Workspace.standard();
    private static final ReportKind KIND = WS.kind("gov-2021-calendar-year");

    /** 5 new and 1 carried-over applications from natural persons: 3 disclosed, 1 partly, 1 not held, 1 carried forward. */
    private static Project balanced() {
        Project p = WS.newProject(KIND.id(), AcademicYear.parse("2021-2022"), Fixtures.institution());
        for (String col : List.of("natural", "total")) {
            p = set(p, "3", "1", col, "5");
            p = set(p, "3", "2", col, "1");
            p = set(p, "3", "3.1", col, "3");
            p = set(p, "3", "3.2", col, "1");
            p = set(p, "3", "3.4.1", col, "1");
            p = set(p, "3", "3.7", col, "5");
            p = set(p, "3", "4", col, "1");
        }
        p = set(p, "4", "count", "review.upheld", "1");
        p = set(p, "4", "count", "review.total", "1");
        return p;
    }

    private static Project set(Project p, String table, String row, String col, String value) {
        return p.withTableEntry(table, row, col, new BigDecimal(value));
    }

    private static List<Finding> check(UnaryOperator<Project> change) {
        List<Finding> found = new ArrayList<>();
        Project p = change.apply(balanced());
        new FormTableRule().check(CheckContext.of(p, KIND, LocalDate.of(2022, 1, 10), HolidayCalendar.builtIn()), found::add);
        return found;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void tablesThatAddUpRaiseNothing() {
        assertThat(check(p -> p)).isEmpty();
    }

    @Test
    void newPlusCarriedOverMustEqualOutcomesPlusCarriedForwardInEveryColumn() {
        List<Finding> f = check(p -> set(set(p, "3", "4", "natural", "0"), "3", "4", "total", "0"));
        assertThat(codes(f)).containsExactly("check.table.unbalanced", "check.table.unbalanced");
        assertThat(f.get(0).args()).containsExactly("自然人", "6", "5");
        assertThat(f).extracting(Finding::location).as("each column's balance sits on its 四 cell")
                .containsExactly("table:3/4/natural", "table:3/4/total");
    }

    @Test
    void theOutcomesTotalMustBeTheSumOfTheOutcomeRows() {
        // 3.7 says 6 and nothing is carried forward, so the column balances; the outcome rows still add up to 5.
        List<Finding> f = check(p -> set(set(p, "3", "3.7", "natural", "6"), "3", "4", "natural", "0"));
        assertThat(codes(f)).containsExactly("check.table.outcomesTotal", "check.table.rowTotal", "check.table.rowTotal");
        assertThat(f.get(0).args()).containsExactly("自然人", "6", "5");
        assertThat(f.get(0).location()).isEqualTo("table:3/3.7/natural");
    }

    @Test
    void everyRowTotalIsTheSumOfTheApplicantColumns() {
        // Two applications from a business, disclosed: the business column adds up, the 总计 column was not updated.
        List<Finding> f = check(p -> set(set(set(p, "3", "1", "business", "2"), "3", "3.1", "business", "2"), "3", "3.7", "business", "2"));
        assertThat(codes(f)).containsExactly("check.table.rowTotal", "check.table.rowTotal", "check.table.rowTotal");
        assertThat(f).extracting(Finding::location).containsExactly("table:3/1/total", "table:3/3.1/total", "table:3/3.7/total");
        assertThat(f.get(0).args()).containsExactly("3", "一、本年新收政府信息公开申请数量", "5", "7");
    }

    @Test
    void groupRowsHoldNoFiguresAndCountsAreWhole() {
        assertThat(check(p -> set(p, "3", "3.3", "natural", "0"))).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check.table.groupRowFilled", "table:3/3.3/natural"));
        assertThat(codes(check(p -> set(set(p, "3", "3.1", "natural", "2.5"), "3", "3.2", "natural", "1.5"))))
                .contains("check.table.notACount").doesNotContain("check.table.outcomesTotal");
        UnaryOperator<Project> negative = p -> {
            for (String col : List.of("natural", "total")) {
                p = set(set(p, "3", "3.1", col, "5"), "3", "3.2", col, "-1");
            }
            return p;
        };
        assertThat(codes(check(negative))).containsExactly("check.table.negative", "check.table.negative");
    }

    @Test
    void table1TakesWholeCountsButFeesInTenThousandYuanMayHaveDecimals() {
        assertThat(check(p -> set(p, "1c", "fees", "amount", "12.35"))).isEmpty();
        assertThat(codes(check(p -> set(p, "1a", "normative", "issued", "2.5")))).containsExactly("check.table.notACount");
        assertThat(codes(check(p -> set(p, "1c", "fees", "amount", "-3")))).containsExactly("check.table.negative");
    }

    @Test
    void aTable4TotalIsUpheldPlusCorrectedPlusOtherPlusPending() {
        List<Finding> f = check(p -> set(p, "4", "count", "review.total", "2"));
        assertThat(codes(f)).containsExactly("check.table.groupTotal");
        assertThat(f.get(0).args()).containsExactly("行政复议", "2", "1");
        assertThat(f.get(0).location()).isEqualTo("table:4/count/review.total");
        assertThat(check(p -> set(set(p, "4", "count", "direct.pending", "1"), "4", "count", "direct.total", "1"))).isEmpty();
    }

    @Test
    void aTotalLeftEmptyIsReportedAsNotFilledInAndATypedZeroAsZero() {
        Project oneFromABusiness = WS.newProject(KIND.id(), AcademicYear.parse("2021-2022"), Fixtures.institution());
        oneFromABusiness = set(set(oneFromABusiness, "3", "1", "business", "1"), "3", "3.1", "business", "1");
        oneFromABusiness = set(oneFromABusiness, "3", "3.7", "business", "1");
        Project typedZero = set(oneFromABusiness, "3", "1", "total", "0");
        Project p0 = oneFromABusiness;
        List<Finding> empty = check(p -> p0);
        assertThat(empty).filteredOn(f -> f.location().equals("table:3/1/total")).extracting(Finding::code)
                .containsExactly("check.table.rowTotalBlank");
        assertThat(org.nianbao.i18n.Messages.chinese().get("check.table.rowTotalBlank",
                empty.stream().filter(f -> f.location().equals("table:3/1/total")).findFirst().orElseThrow().argArray()))
                .isEqualTo("表3“一、本年新收政府信息公开申请数量”的总计未填写，但各类申请人之和为 1。");
        assertThat(empty).extracting(Finding::code).doesNotContain("check.table.rowTotal");

        List<Finding> zero = check(p -> typedZero);
        assertThat(zero).filteredOn(f -> f.location().equals("table:3/1/total")).extracting(Finding::code)
                .containsExactly("check.table.rowTotal");
        assertThat(zero).filteredOn(f -> f.location().equals("table:3/1/total")).extracting(Finding::args)
                .containsExactly(List.of("3", "一、本年新收政府信息公开申请数量", "0", "1"));
    }

    @Test
    void anOutcomesTotalOrGroupTotalLeftEmptyIsNamedAsSuch() {
        List<Finding> f = check(p -> p.withTableEntry("3", "3.7", "natural", null).withTableEntry("3", "4", "natural", null));
        assertThat(f).extracting(Finding::code).contains("check.table.outcomesTotalBlank", "check.table.unbalancedBlank", "check.table.rowTotal");
        assertThat(codes(check(p -> p.withTableEntry("3", "3.7", "natural", null)))).contains("check.table.unbalanced")
                .doesNotContain("check.table.unbalancedBlank");
        assertThat(codes(check(p -> p.withTableEntry("4", "count", "review.total", null)))).containsExactly("check.table.groupTotalBlank");
        assertThat(codes(check(p -> set(p, "4", "count", "review.total", "0")))).containsExactly("check.table.groupTotal");
    }
}
