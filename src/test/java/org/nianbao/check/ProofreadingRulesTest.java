package org.nianbao.check;

import org.nianbao.testing.Checkers;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/**
 * Each proofreading rule fires on the slip it is for and stays quiet on the correct form next to
 * it; each fix, applied, leaves text the same check no longer objects to.
 */
class ProofreadingRulesTest {
    private static Workspace workspace;

    @BeforeAll
    static void setUp() {
        workspace = Workspace.standard();
    }

    /** A 2021-2022 academic-year project whose 概述 holds {@code text}, signed after the window. */
    private static Project project(String text) {
        Project p = workspace.newProject("moe-academic-year", AcademicYear.parse("2021-2022"), Fixtures.institution());
        return p.withSignOff(new SignOff(p.institution().name(), LocalDate.of(2022, 10, 20))).withProse("overview", text);
    }

    private static List<Finding> check(Project p) {
        ReportKind kind = workspace.kind(p.kindId());
        return Checkers.standard().run(CheckContext.of(p, kind, LocalDate.of(2022, 10, 20), HolidayCalendar.builtIn())).stream()
                .filter(f -> f.location().startsWith("section:overview@"))
                .toList();
    }

    private static List<Finding> check(String text, String code) {
        return check(project(text)).stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Applies every fix of {@code code}, then checks again: the fix's text is there and the finding gone. */
    private static String fixed(String text, String code) {
        Project p = project(text);
        List<Finding> found = check(p).stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as("findings of " + code).isNotEmpty().allSatisfy(f -> assertThat(f.fix()).isNotNull());
        Fixes.Applied applied = Fixes.apply(p, found);
        assertThat(applied.count()).isEqualTo(found.size());
        String after = applied.project().section("overview").orElseThrow().prose();
        assertThat(check(applied.project())).extracting(Finding::code).doesNotContain(code);
        return after;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本报告中所列数据的统计期限自2021年9月1日起至2022年8月31日止。",
        "统计时限为2021年9月1日至2022年8月31日。",
        "本报告统计数据的起止时间为2021年9月1日至2022年8月31日。",
        "所列数据统计时间从2021年9月1日至2022年8月31日止。",
        "所列数据的统计期限自2021年9月1日起，至2022年8月31日止。",
        "统计时段为2021.9.1—2022.8.31，数据由各部门提供。"})
    void everyCorrectWayOfWritingTheWindowIsQuiet(String sentence) {
        assertThat(check(project(sentence))).filteredOn(f -> f.severity() == Finding.Severity.ERROR).isEmpty();
    }

    @Test
    void aWindowSentenceSplitAcrossALineBreakIsReadAsOne() {
        assertThat(check("本报告中所列数据的统计期限自2021年9月1日起至2022年\n8月31日止。", ProseWindowRule.MISMATCH)).isEmpty();
        assertThat(check("本报告中所列数据的统计期限自2021年9月1日起至2022年\n7月31日止。", ProseWindowRule.MISMATCH)).hasSize(1);
    }

    @Test
    void aWrongWindowIsAnErrorWhoseFixNamesTheProjectsWindow() {
        String after = fixed("本报告中所列数据的统计期限自2020年9月1日起至2021年8月31日止。", ProseWindowRule.MISMATCH);
        assertThat(after).contains("自2021年9月1日起至2022年8月31日止");
    }

    @Test
    void aDocumentNumberThatLostItsBracketIsAnErrorNotADate() {
        List<Finding> f = check(project("根据《高等学校信息公开事项清单》（教办函〔201423号）要求。"));
        assertThat(f).extracting(Finding::code).contains(DocumentNumberRule.CODE)
                .doesNotContain(ProseDateRule.MALFORMED_LIKELY, ProseDateRule.MALFORMED, PairedMarksRule.UNPAIRED);
        assertThat(f).filteredOn(x -> x.code().equals(DocumentNumberRule.CODE)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.ERROR));
        assertThat(fixed("根据教办函〔201423号要求。", DocumentNumberRule.CODE)).isEqualTo("根据教办函〔2014〕23号要求。");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "教办函[2014]23号, 教办函〔2014〕23号",
        "教办函(2014)23号, 教办函〔2014〕23号",
        "教办函【2014】23号, 教办函〔2014〕23号",
        "教办函〔14〕23号, 教办函〔2014〕23号"})
    void aDocumentNumberInTheWrongFormIsAWarningWithItsFix(String written, String correct) {
        assertThat(check("按照" + written + "要求。", DocumentNumberRule.CODE)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.WARNING));
        assertThat(fixed("按照" + written + "要求。", DocumentNumberRule.CODE)).isEqualTo("按照" + correct + "要求。");
    }

    @Test
    void aCorrectDocumentNumberAndABuildingNumberAreQuiet() {
        assertThat(check("按照教办厅函〔2018〕80号要求，在行政楼（2014）23号楼办公。", DocumentNumberRule.CODE)).isEmpty();
    }

    @Test
    void aSpaceBeforeTheDocumentNumberIsFixedAlone() {
        assertThat(fixed("按照教办函 〔2014〕23号要求。", DocumentNumberRule.SPACE)).isEqualTo("按照教办函〔2014〕23号要求。");
        assertThat(check("按照教办函〔2014〕23号要求。", DocumentNumberRule.SPACE)).isEmpty();
    }

    @Test
    void aCitedTitleOffByACharacterIsNamedWithTheRealOne() {
        assertThat(fixed("依据《高等学校信息公开清单》开展工作。", CitationRule.TITLE)).isEqualTo("依据《高等学校信息公开事项清单》开展工作。");
        assertThat(fixed("依据《高等学院信息公开办法》开展工作。", CitationRule.TITLE)).isEqualTo("依据《高等学校信息公开办法》开展工作。");
        assertThat(check("依据《高等学校信息公开办法》和《政府信息公开条例》开展工作。", CitationRule.TITLE)).isEmpty();
    }

    @Test
    void anOrderCitedInTheInformalFormGetsItsOfficialNumber() {
        assertThat(fixed("依据教育部29号令开展工作。", CitationRule.ORDER_FORM)).isEqualTo("依据教育部令第29号开展工作。");
        assertThat(check("依据教育部令第29号开展工作。", CitationRule.ORDER_FORM)).isEmpty();
        assertThat(fixed("依据《高等学校信息公开事项清单》（教办函〔2014〕32号）开展工作。", CitationRule.ORDER_FORM))
                .contains("（教办函〔2014〕23号）");
    }

    @Test
    void aRegulationReplacedBeforeThePeriodIsNamedButHistoryIsNot() {
        assertThat(check("学校依据《中华人民共和国政府信息公开条例》（国务院令第492号）开展工作。", CitationRule.REPLACED)).singleElement()
                .satisfies(x -> assertThat(x.args()).contains("国务院令第711号"));
        assertThat(check("2008年施行的《中华人民共和国政府信息公开条例》（国务院令第492号）已经修订。", CitationRule.REPLACED)).isEmpty();
        assertThat(fixed("学校依据《中华人民共和国政府信息公开条例》（国务院令第492号）开展工作。", CitationRule.REPLACED))
                .contains("（国务院令第711号）");
    }

    @Test
    void aUsersOwnCitationListIsReadAndABrokenOneIsNamed(@TempDir Path home) throws Exception {
        Path folder = Files.createDirectories(home.resolve("citations"));
        Files.writeString(folder.resolve("zhejiang.json"), """
                {"documents": [{"title": "浙江省高校信息公开工作指引（试行）", "number": "浙教办综〔2021〕2号"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.json"), "{\"documents\": [", StandardCharsets.UTF_8);
        Citations citations = Citations.load(folder);
        assertThat(citations.documents()).extracting(Citations.Document::title).contains("浙江省高校信息公开工作指引（试行）");
        assertThat(citations.problems()).singleElement().satisfies(p -> assertThat(p.file()).endsWith("broken.json"));
        Project p = project("依据《浙江省高校信息公开工作指导（试行）》开展工作。");
        List<Finding> f = Checkers.standard(citations).run(CheckContext.of(p, workspace.kind(p.kindId()), LocalDate.of(2022, 10, 20),
                HolidayCalendar.builtIn()));
        assertThat(f).extracting(Finding::code).contains(CitationRule.TITLE, "check.citations.unreadable");
    }

    @Test
    void aWordTypedTwiceIsFixedButARealReduplicationIsNot() {
        assertThat(fixed("学校关于关于信息公开工作工作的安排。", DuplicateWordRule.CODE)).isEqualTo("学校关于信息公开工作的安排。");
        assertThat(check("大家研究研究，一个一个落实，人人参与，二〇二〇年起常常如此。", DuplicateWordRule.CODE)).isEmpty();
    }

    @Test
    void anUnpairedMarkIsNamedButListNumbersAreNot() {
        assertThat(check("学校印发《信息公开工作规程，并组织学习。", PairedMarksRule.UNPAIRED)).singleElement()
                .satisfies(x -> assertThat(x.args().get(0)).isEqualTo("《"));
        assertThat(check("“公开为常态”理念深入人心。", PairedMarksRule.UNPAIRED)).isEmpty();
        assertThat(check("1）完善制度；2）加强培训。", PairedMarksRule.UNPAIRED)).isEmpty();
    }

    @Test
    void angleBracketsInsideATitleBecomeSingleTitleMarks() {
        assertThat(fixed("印发《关于公布<高等学校信息公开事项清单>的通知》。", PairedMarksRule.ANGLE))
                .isEqualTo("印发《关于公布〈高等学校信息公开事项清单〉的通知》。");
    }

    @Test
    void halfWidthPunctuationBetweenChineseIsFixedButUrlsTimesAndNumbersAreNot() {
        assertThat(fixed("学校官网,信息公开网;微信公众号:均已更新(见附表)", PunctuationWidthRule.CODE))
                .isEqualTo("学校官网，信息公开网；微信公众号：均已更新（见附表）");
        assertThat(check("详见http://xxgk.example.edu.cn:8080/a?b=1，14:30召开，共1,234条（PDF格式）。", PunctuationWidthRule.CODE)).isEmpty();
    }

    @Test
    void straySpacesAreOneFindingPerRunAndLatinSpacingStays() {
        assertThat(check("学校于2021 年 9 月 1 日召开会议。", StraySpaceRule.CODE)).hasSize(1);
        assertThat(fixed("学校于2021 年 9 月 1 日召开会议，信息 公开。", StraySpaceRule.CODE))
                .isEqualTo("学校于2021年9月1日召开会议，信息公开。");
        assertThat(check("网站支持 IPv6 访问，见 Office Word 文档；中共中央办公厅 国务院办公厅印发。", StraySpaceRule.CODE)).isEmpty();
    }

    @Test
    void pastedWebPageLinesAreNamedAndDeleted() {
        String pasted = "首页 > 信息公开 > 年度报告 > 正文\n发布时间：2022-10-28  作者：党政办  浏览次数：128\n"
                + "学校坚持依法公开。\n版权所有 示例职业技术学院 浙ICP备12345678号";
        assertThat(check(pasted, WebClutterRule.CODE)).hasSize(3);
        assertThat(fixed(pasted, WebClutterRule.CODE)).isEqualTo("学校坚持依法公开。");
        assertThat(check("学校官网首页设置信息公开专栏，来源清晰、内容完整。", WebClutterRule.CODE)).isEmpty();
    }

    @Test
    void aYearRangeThatLostItsDashIsAnErrorAndMixedDashesANote() {
        assertThat(check("20212022学年，学校信息公开工作平稳。", YearRangeRule.MALFORMED)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.ERROR));
        assertThat(fixed("20212022学年，学校信息公开工作平稳。", YearRangeRule.MALFORMED)).startsWith("2021-2022学年");
        assertThat(fixed("2021-2022学年开局良好。\n\n2021-2022学年共发布信息。\n\n2021—2022学年圆满结束。", YearRangeRule.MIXED))
                .doesNotContain("2021—2022");
        assertThat(check("2021-2022学年开局良好。2021-2022学年圆满结束。", YearRangeRule.MIXED)).isEmpty();
    }

    @Test
    void aCalendarYearPeriodInAnAcademicYearReportIsANote() {
        assertThat(check("现将学校2021-2022年度信息公开工作情况报告如下。", YearRangeRule.PERIOD)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.INFO));
        assertThat(check("学校结合《2021-2022年度评议工作方案》，完成2022年度预算公开。", YearRangeRule.PERIOD)).isEmpty();
    }

    @Test
    void theImpossibleDayIsNamedNotCalledALostMark() {
        assertThat(check("学校于2021年9月31日召开会议。", ProseDateRule.IMPOSSIBLE)).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("2021年9月31日", "9", "31"));
        assertThat(check("学校于2021年9月31日召开会议。", ProseDateRule.MALFORMED)).isEmpty();
    }

    @Test
    void aYearThatLostItsNianBeforeAMonthIsFixed() {
        assertThat(fixed("学校于20219月初召开会议。", ProseDateRule.MALFORMED_LIKELY)).isEqualTo("学校于2021年9月初召开会议。");
        assertThat(fixed("统计期限自2021年9月1日起至2022831止。", ProseDateRule.MALFORMED_LIKELY))
                .isEqualTo("统计期限自2021年9月1日起至2022年8月31日止。");
    }

    @Test
    void partsCountedInEveryPhrasingAgainstTheListAndTheOutline() {
        assertThat(check("全文包括概述，主动公开情况，依申请公开和不予公开情况，评议情况，其他需要报告的事项六部分。",
                ProseWindowRule.PARTS_LISTED)).singleElement().satisfies(x -> assertThat(x.args()).containsExactly("5", "六"));
        assertThat(check("本报告主要由概述、主动公开情况等五部分组成。", ProseWindowRule.PARTS)).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("五", "七", "7"));
        assertThat(check("报告内容包括概述、主动公开情况等七部分内容。", ProseWindowRule.PARTS)).isEmpty();
        assertThat(check("全文内容包括概述、主动公开情况等八个部分。", ProseWindowRule.PARTS)).isEmpty(); // the appendix counted
    }

    @Test
    void aTotalThatItsPartsCannotMakeIsAnError() {
        assertThat(check("官网发布250余条，微信公众号发布190余条，合计1300余条。", ProseSumRule.SUM)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Finding.Severity.ERROR));
        assertThat(check("共召开发布会12场，其中新闻发布会5场、媒体通气会9场。", ProseSumRule.SUM)).hasSize(1);
        assertThat(check("官网发布250余条，微信公众号发布190余条，合计440余条。", ProseSumRule.SUM)).isEmpty();
        assertThat(check("共发布信息1300余条，其中官网250余条、信息公开网190余条，同比增加30条。", ProseSumRule.SUM)).isEmpty();
        assertThat(check("共收到申请7件（其中校外5件、校内2件），已答复6件，结转下学年1件。", ProseSumRule.SUM)).isEmpty();
    }

    @Test
    void applicationsReceivedMustEqualThoseAnsweredPlusThoseCarriedOver() {
        assertThat(check("本学年共收到信息公开申请12件，已答复10件，结转下学年1件。", ProseSumRule.BALANCE)).singleElement()
                .satisfies(x -> assertThat(x.args()).containsExactly("12", "10", "1"));
        assertThat(check("本学年共收到信息公开申请12件，上学年结转1件，已答复12件，结转下学年1件。", ProseSumRule.BALANCE)).isEmpty();
    }

    @Test
    void invisibleCharactersFromAWebPageAreGoneWhenTheTextComesIn() {
        Project p = project("\u3000\u3000学校\u200B坚持\u00A0依法\u00AD公开。\r\n第二行");
        assertThat(p.section("overview").orElseThrow().prose()).isEqualTo("学校坚持 依法公开。\n第二行");
    }
}
