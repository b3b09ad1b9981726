package org.nianbao.check;

import org.nianbao.testing.Checkers;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.model.SourceRef;
import org.nianbao.workspace.Workspace;

/**
 * Each rule fires on the mistake it is for and stays quiet on the bundled sample, which is a
 * complete, consistent report (its only finding is that the 2022 deadline has passed).
 */
class CheckRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 10, 20);
    private static Project demo;
    private static ReportKind kind;
    private static HolidayCalendar calendar;

    @BeforeAll
    static void loadSample() throws Exception {
        Workspace ws = Workspace.standard();
        var session = ws.open(Path.of("samples", "demo.nianbao"));
        demo = session.project();
        kind = session.kind();
        calendar = HolidayCalendar.builtIn();
    }

    private static List<Finding> check(UnaryOperator<Project> change) {
        return Checkers.standard().run(CheckContext.of(change.apply(demo), kind, TODAY, calendar));
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The findings still open: the sample's one accepted finding (教务处's row dated 2022-09-05) left out. */
    private static List<Finding> open(List<Finding> findings) {
        return findings.stream().filter(f -> !f.overridden()).toList();
    }

    @Test
    void theSampleIsCleanButForItsOneAcceptedFinding() {
        List<Finding> all = check(p -> p);
        assertThat(open(all)).isEmpty();
        assertThat(all).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("intake.date.outsideWindow");
            assertThat(x.overrideReason()).isNotEmpty();
        });
    }

    @Test
    void anEmptyRequiredSectionIsAnError() {
        List<Finding> f = check(p -> p.withProse("evaluation", ""));
        assertThat(withCode(f, "check.section.empty")).singleElement()
                .satisfies(x -> {
                    assertThat(x.location()).isEqualTo("section:evaluation");
                    assertThat(x.blocking()).isTrue();
                });
    }

    @Test
    void reportDatedInsideTheWindowOrAfterTheDeadlineIsFlagged() {
        assertThat(withCode(check(p -> p.withSignOff(new SignOff(p.institution().name(), LocalDate.of(2022, 8, 1)))),
                "check.reportDate.tooEarly")).hasSize(1);
        assertThat(withCode(check(p -> p.withSignOff(new SignOff(p.institution().name(), LocalDate.of(2022, 11, 5)))),
                "check.deadline.reportDateLate")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.WARNING));
        assertThat(open(Checkers.standard().run(CheckContext.of(demo, kind, LocalDate.of(2022, 11, 1), calendar))))
                .extracting(Finding::code).containsExactly("check.deadline.passed");
    }

    @Test
    void aRecordOutsideTheWindowIsNamedByItsSourceRow() {
        DisclosureRecord late = record(LocalDate.of(2022, 9, 2), "开学通知", "website", 7);
        List<Finding> f = check(p -> p.withSubmission(submission("教务处", List.of(late), List.of(), Map.of())));
        assertThat(withCode(f, "check.window.record")).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo("record:教务处.xlsx/主动公开/7");
            assertThat(x.excerpt()).isEqualTo("开学通知");
        });
    }

    @Test
    void aWindowSentenceQuotingLastYearIsAnError() {
        List<Finding> f = check(p -> p.withOpening(p.opening().replace("2021年9月1日至2022年8月31日", "2020年9月1日至2021年8月31日")));
        assertThat(withCode(f, "check.prose.windowMismatch")).singleElement().satisfies(x -> {
            assertThat(x.location()).startsWith("opening@");
            assertThat(x.excerpt()).contains("2020年9月1日");
        });
    }

    @Test
    void thePartsCountMustMatchTheOutline() {
        // The sample's sentence lists all eight parts, the appendix too: the count must say so.
        List<Finding> f = check(p -> p.withOpening(p.opening().replace("等8部分", "等七部分")));
        assertThat(withCode(f, "check.prose.partsCountListed")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("8", "七"));
        String unlisted = "全文包括以下七部分。";
        assertThat(withCode(check(p -> p.withOpening(p.opening().replaceFirst("全文包括[^。]*。", "全文包括以下五部分。"))),
                "check.prose.partsCount")).singleElement().satisfies(x -> assertThat(x.args()).containsExactly("五", "七", "7"));
        assertThat(withCode(check(p -> p.withOpening(p.opening().replaceFirst("全文包括[^。]*。", unlisted))),
                "check.prose.partsCount")).isEmpty();
        assertThat(withCode(check(p -> p.withOpening(p.opening().replace("等8部分", "等八部分"))), "check.prose.partsCount")).isEmpty();
    }

    @Test
    void datesThatLostTheirYearOrMonthAreEachNamedWithTheLikelyDate() {
        String paragraph = "本学年，学校于202191日召开信息公开工作布置会，部署全年工作；2021年11月组织专题培训，共60余人参加。"
                + "截至2022831日，信息公开网共发布信息190条，依申请公开答复率为100%。按照教办函〔2014〕23号要求，"
                + "本报告定于20221030在学校网站发布，联系电话0577-8800 1234。";
        List<Finding> f = check(p -> p.withProse("other", paragraph));
        List<Finding> malformed = withCode(f, "check.prose.malformedDateLikely");
        assertThat(malformed).extracting(Finding::excerpt).containsExactly("202191日", "2022831日", "20221030");
        assertThat(malformed).extracting(x -> x.args().get(1))
                .containsExactly("2021年9月1日", "2022年8月31日", "2022年10月30日");
        assertThat(malformed).allSatisfy(x -> assertThat(x.location()).startsWith("section:other@"));
        int at = Integer.parseInt(malformed.get(0).location().substring("section:other@".length()));
        assertThat(paragraph.substring(at)).startsWith("202191日");
        assertThat(f).extracting(Finding::code).doesNotContain("check.prose.dateOutsideWindow");
    }

    @Test
    void aFullDateOutsideTheWindowIsAWarningButTheReportDateIsNot() {
        List<Finding> f = check(p -> p.withProse("other", "学校于2021年5月8日修订制度。本报告于2022年10月28日发布。"));
        assertThat(withCode(f, "check.prose.dateOutsideWindow")).singleElement()
                .satisfies(x -> assertThat(x.excerpt()).isEqualTo("2021年5月8日"));
    }

    @Test
    void historyBeforeTheYearAndARegulationsDatesAreNotFlagged() {
        List<Finding> f = check(p -> p.withProse("other",
                "学校于2015年5月8日建立信息公开制度。修订后的《中华人民共和国政府信息公开条例》自2021年5月15日起施行。"));
        assertThat(withCode(f, "check.prose.dateOutsideWindow")).isEmpty();
    }

    @Test
    void aSpringDateWithoutAYearIsReadInTheAcademicYearsSecondYear() {
        assertThat(withCode(check(p -> p.withProse("other", "3月14日召开教代会。")), "check.prose.dateOutsideWindow")).isEmpty();
    }

    @Test
    void aFigureInTheProseThatContradictsTheDepartmentsCountsIsAnError() {
        // The sample's prose says 学校官网发布新闻612条.
        UnaryOperator<Project> counts500 = p -> p.withSubmission(submission("党委宣传部", List.of(), List.of(), Map.of("posts-website", 500L)));
        assertThat(withCode(check(counts500), "check.prose.figureMismatch")).singleElement().satisfies(x -> {
            assertThat(x.excerpt()).contains("612条");
            assertThat(x.args()).contains("学校官网", "500");
        });
        UnaryOperator<Project> counts612 = p -> p.withSubmission(submission("党委宣传部", List.of(), List.of(), Map.of("posts-website", 612L)));
        assertThat(withCode(check(counts612), "check.prose.figureMismatch")).isEmpty();
    }

    @Test
    void roughFiguresAreReadAsBounds() {
        List<DisclosureRecord> records = new ArrayList<>();
        for (int i = 0; i < 190; i++) {
            records.add(record(LocalDate.of(2021, 10, 1).plusDays(i), "信息" + i, "disclosure-site", i + 2));
        }
        UnaryOperator<Project> with190 = p -> p.withSubmissions(List.of(submission("党政办公室", records, List.of(), Map.of())))
                .withProse("other", PLACEHOLDER);
        assertThat(withCode(check(q -> with190.apply(q).withProse("other", "信息公开网发布250余条。")), "check.prose.figureMismatch")).hasSize(1);
        assertThat(withCode(check(q -> with190.apply(q).withProse("other", "信息公开网发布190余条。")), "check.prose.figureMismatch")).isEmpty();
        assertThat(withCode(check(q -> with190.apply(q).withProse("other", "信息公开网发布约200条。")), "check.prose.figureMismatch")).isEmpty();
        assertThat(withCode(check(q -> with190.apply(q).withProse("other", "信息公开网发布近200条。")), "check.prose.figureMismatch")).isEmpty();
        assertThat(withCode(check(q -> with190.apply(q).withProse("other", "信息公开网发布近180条。")), "check.prose.figureMismatch")).hasSize(1);
    }

    private static final String PLACEHOLDER = "本学年无其他需要报告的事项。";

    @Test
    void theSignatureMustNameTheInstitutionInFull() {
        assertThat(withCode(check(p -> p.withSignOff(new SignOff("东瓯职院", LocalDate.of(2022, 10, 28)))),
                "check.signature.nameMismatch")).hasSize(1);
        Institution noPhone = new Institution(demo.institution().name(), demo.institution().office(), "",
                demo.institution().email(), demo.institution().address(), demo.institution().website());
        assertThat(open(check(p -> p.withInstitution(noPhone)))).extracting(Finding::code).containsExactly("check.contact.phoneMissing");
    }

    @Test
    void aReplyLaterThanFifteenWorkingDaysCountsTheNationalDayHolidays() {
        // Received Thu 2021-09-30; 1-7 Oct off, Sat 9 Oct a make-up working day: day 15 is Wed 2021-10-27.
        ApplicationCase onTime = application(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 27));
        ApplicationCase late = application(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 28));
        assertThat(withCode(check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(onTime), Map.of()))),
                "check.application.overdue")).isEmpty();
        assertThat(withCode(check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(late), Map.of()))),
                "check.application.overdue")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("2021年9月30日", "2021年10月28日", "16", "15"));
    }

    @Test
    void aReplyMarkedExtendedIsLateOnlyAfterThirtyWorkingDays() {
        // Received Thu 2021-09-30: day 15 is Wed 2021-10-27, day 30 Wed 2021-11-17.
        ApplicationCase extended = new ApplicationCase(LocalDate.of(2021, 9, 30), "natural-person", "询问收费标准",
                LocalDate.of(2021, 11, 17), "disclosed", BigDecimal.ZERO, false, "经批准延期答复",
                new SourceRef("党政办公室.xlsx", "sha", "依申请公开", 2));
        ApplicationCase tooLate = new ApplicationCase(LocalDate.of(2021, 9, 30), "natural-person", "询问收费标准",
                LocalDate.of(2021, 11, 18), "disclosed", BigDecimal.ZERO, false, "延长答复期限",
                new SourceRef("党政办公室.xlsx", "sha", "依申请公开", 3));
        ApplicationCase unmarked = application(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 11, 17));
        assertThat(withCode(check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(extended), Map.of()))),
                "check.application.overdue")).isEmpty();
        assertThat(withCode(check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(tooLate), Map.of()))),
                "check.application.overdue")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("2021年9月30日", "2021年11月18日", "31", "30"));
        assertThat(withCode(check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(unmarked), Map.of()))),
                "check.application.overdue")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("2021年9月30日", "2021年11月17日", "30", "15"));
    }

    @Test
    void aReplyDatedBeforeItsReceiptIsAnErrorNotAFastReply() {
        ApplicationCase backwards = application(LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 8));
        List<Finding> f = check(p -> p.withSubmission(submission("党政办公室", List.of(), List.of(backwards), Map.of())));
        assertThat(withCode(f, "check.application.replyBeforeReceipt")).singleElement().satisfies(x -> {
            assertThat(x.blocking()).isTrue();
            assertThat(x.location()).isEqualTo("application:党政办公室.xlsx/依申请公开/2");
            assertThat(x.args()).containsExactly("2021年11月19日", "2021年11月8日");
        });
        assertThat(withCode(f, "check.application.overdue")).isEmpty();
    }

    @Test
    void aRecordUnderACategoryOrItemTheListDoesNotHaveIsAnError() {
        SourceRef at = new SourceRef("教务处.xlsx", "sha", "主动公开", 4);
        LocalDate d = LocalDate.of(2021, 10, 8);
        List<DisclosureRecord> odd = List.of(
                new DisclosureRecord(d, "类别不存在", "website", 42, 0, "", "", at),
                new DisclosureRecord(d, "事项不存在", "website", 5, 777, "", "", at),
                new DisclosureRecord(d, "事项在别的类别", "website", 1, 28, "", "", at),
                new DisclosureRecord(d, "未分类", "website", 0, 0, "", "", at));
        List<Finding> f = check(p -> p.withSubmission(submission("教务处", odd, List.of(), Map.of()))
                .withItemMark(777, new Project.ItemMark(false, "", "栏目", "", "")));
        assertThat(withCode(f, "check.record.unknownCategory")).singleElement()
                .satisfies(x -> assertThat(x.excerpt()).isEqualTo("类别不存在"));
        assertThat(withCode(f, "check.record.unknownItem")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("777"));
        assertThat(withCode(f, "check.record.itemInOtherCategory")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("28", "5", "1"));
        assertThat(withCode(f, "check.list.unknownItemMarked")).singleElement()
                .satisfies(x -> assertThat(x.location()).isEqualTo("item:777"));
    }

    @Test
    void everyListItemNeedsAPlaceOrAReason() {
        // 计划财务处's own ledger names only the category, so item 15 rests on its mark alone.
        assertThat(withCode(check(p -> p.withItemMark(15, null)), "check.list.uncovered")).singleElement()
                .satisfies(x -> assertThat(x.location()).isEqualTo("item:15"));
        assertThat(withCode(check(p -> p.withItemMark(12, new Project.ItemMark(true, "", "", "", ""))), "check.list.reasonMissing"))
                .hasSize(1);
    }

    @Test
    void aCharacterNoFontCanDrawIsNamedBeforeExport() {
        List<Finding> f = check(p -> p.withProse("other", "师生好评如潮😀，继续努力。"));
        assertThat(withCode(f, "check.glyph.missing")).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo("section:other");
            assertThat(x.args()).containsExactly("😀", "U+1F600", "1");
            assertThat(x.excerpt()).contains("师生好评如潮");
        });
    }

    @Test
    void carriedOverApplicationsMustMatchLastYearsCarriedForward() {
        ApplicationCase open = new ApplicationCase(LocalDate.of(2021, 8, 25), "natural-person", "询问招生计划", null, "",
                BigDecimal.ZERO, false, "", new SourceRef("党政办公室.xlsx", "sha", "依申请公开", 3));
        Project lastYear = new Project(demo.kindId(), demo.kindVersion(), demo.year().previous(), demo.institution(), "",
                demo.sections(), null).withSubmission(submission("党政办公室", List.of(), List.of(open), Map.of()));
        Project linked = demo.withPrevious("last.nianbao");
        List<Finding> missing = Checkers.standard().run(CheckContext.of(linked, kind, TODAY, calendar, java.util.Optional.of(lastYear)));
        assertThat(withCode(missing, "check.carryOver.mismatch")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("0", "1", "2020-2021"));

        ApplicationCase carried = new ApplicationCase(LocalDate.of(2021, 8, 25), "natural-person", "询问招生计划",
                LocalDate.of(2021, 9, 6), "disclosed", BigDecimal.ZERO, true, "", new SourceRef("党政办公室.xlsx", "sha", "依申请公开", 2));
        Project matched = linked.withSubmission(submission("党政办公室", List.of(), List.of(carried), Map.of()));
        assertThat(withCode(Checkers.standard().run(CheckContext.of(matched, kind, TODAY, calendar, java.util.Optional.of(lastYear))),
                "check.carryOver.mismatch")).isEmpty();
        assertThat(withCode(Checkers.standard().run(CheckContext.of(linked, kind, TODAY, calendar)), "check.previous.unreadable")).hasSize(1);
    }

    @Test
    void anOverriddenErrorNoLongerBlocksAndKeepsItsReason() {
        UnaryOperator<Project> broken = p -> p.withProse("other", "学校于202191日召开会议。");
        Finding error = withCode(check(broken), "check.prose.malformedDateLikely").get(0);
        Project.Override o = new Project.Override(error.code(), error.location(), error.excerpt(), "原文如此，系引用文件名", TODAY);
        List<Finding> after = check(p -> broken.apply(p).withOverride(o));
        assertThat(withCode(after, "check.prose.malformedDateLikely")).singleElement().satisfies(x -> {
            assertThat(x.overridden()).isTrue();
            assertThat(x.blocking()).isFalse();
            assertThat(x.overrideReason()).isEqualTo("原文如此，系引用文件名");
        });
        // Text added before the date moves its offset; the override still applies.
        List<Finding> moved = check(p -> broken.apply(p).withOverride(o).withProse("other", "另外，学校于202191日召开会议。"));
        assertThat(withCode(moved, "check.prose.malformedDateLikely")).singleElement()
                .satisfies(x -> assertThat(x.overridden()).isTrue());
    }

    private static DisclosureRecord record(LocalDate date, String title, String channel, int row) {
        return new DisclosureRecord(date, title, channel, 5, 28, "", "", new SourceRef("教务处.xlsx", "sha", "主动公开", row));
    }

    private static ApplicationCase application(LocalDate received, LocalDate replied) {
        return new ApplicationCase(received, "natural-person", "询问收费标准", replied, "disclosed", BigDecimal.ZERO, false, "",
                new SourceRef("党政办公室.xlsx", "sha", "依申请公开", 2));
    }

    private static DepartmentSubmission submission(String department, List<DisclosureRecord> records, List<ApplicationCase> apps,
                                                   Map<String, Long> counts) {
        return new DepartmentSubmission(department, department + ".xlsx", "sha", Instant.EPOCH, records, apps, counts, 0, 0);
    }
}
