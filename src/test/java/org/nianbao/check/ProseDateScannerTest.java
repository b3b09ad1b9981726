package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.check.ProseDateScanner.ProseDate;
import org.nianbao.check.ProseDateScanner.ProseDate.Kind;

class ProseDateScannerTest {
    private static final int CONTEXT_YEAR = 2021;

    private static List<ProseDate> scan(String text) {
        return ProseDateScanner.scan(text, CONTEXT_YEAR);
    }

    // ---- full dates ----

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "2021年9月1日,        2021-09-01",
        "2021年09月01日,      2021-09-01",
        "2021年9月1号,        2021-09-01",
        "2021 年 9 月 1 日,   2021-09-01",
        "2021.9.1,            2021-09-01",
        "2021.09.01,          2021-09-01",
        "2021-09-01,          2021-09-01",
        "2021-9-1,            2021-09-01",
        "2021/9/1,            2021-09-01",
        "２０２１年９月１日,  2021-09-01",
        "２０２１－０９－０１, 2021-09-01",
        "２０２１．９．１,     2021-09-01",
        "二〇二一年九月一日,  2021-09-01",
        "二○二一年九月一日,   2021-09-01",
        "二O二一年九月一日,   2021-09-01",
        "二零二一年九月十一日, 2021-09-11",
        "二〇二二年八月三十一日, 2022-08-31",
        "二〇二二年十二月二十日, 2022-12-20",
        "2021年九月一日,      2021-09-01",
        "2022年10月30日,      2022-10-30",
        "1958年9月1日,        1958-09-01"})
    void aFullDateIsNamedWithItsDateAndWhereItStands(String written, LocalDate expected) {
        String text = "学校于" + written + "召开会议。";

        assertThat(scan(text))
                .extracting(ProseDate::start, ProseDate::end, ProseDate::excerpt, ProseDate::date, ProseDate::kind,
                        ProseDate::likelyIntended)
                .containsExactly(tuple(3, 3 + written.length(), written, expected, Kind.FULL, null));
    }

    @Test
    void theWindowSentenceGivesTwoFullDatesInTextOrder() {
        String text = "本报告统计时间为2021年9月1日至2022年8月31日。";

        assertThat(scan(text))
                .extracting(ProseDate::excerpt, ProseDate::date, ProseDate::start)
                .containsExactly(
                        tuple("2021年9月1日", LocalDate.of(2021, 9, 1), 8),
                        tuple("2022年8月31日", LocalDate.of(2022, 8, 31), 18));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2021.9.1-2022.8.31", "2021-9-1-2022-8-31", "2021/9/1—2022/8/31", "2021.9.1～2022.8.31"})
    void aRangeWrittenWithSeparatorsIsTwoDates(String text) {
        assertThat(scan(text))
                .extracting(ProseDate::date)
                .containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2022年2月30日", "2021年13月1日", "2021年9月31日", "2022-02-30", "2021.2.29", "二〇二二年二月三十日"})
    void aFullDateNotOnTheCalendarIsImpossibleWithNoGuess(String written) {
        assertThat(scan("定于" + written + "发布"))
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::date, ProseDate::likelyIntended)
                .containsExactly(tuple(written, Kind.IMPOSSIBLE, null, null));
    }

    // ---- month and day with the year implied ----

    @Test
    void aMonthAndDayWithNoYearBeforeItTakesTheContextYear() {
        assertThat(ProseDateScanner.scan("学校于9月1日召开信息公开工作会议。", 2023))
                .extracting(ProseDate::start, ProseDate::end, ProseDate::excerpt, ProseDate::date, ProseDate::kind)
                .containsExactly(tuple(3, 7, "9月1日", LocalDate.of(2023, 9, 1), Kind.YEAR_IMPLIED));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "9月1日,     2021-09-01",
        "9月1号,     2021-09-01",
        "09月01日,   2021-09-01",
        "９月１日,   2021-09-01",
        "九月一日,   2021-09-01",
        "十月八日,   2021-10-08",
        "十二月三十一日, 2021-12-31",
        "9 月 1 日,  2021-09-01"})
    void eachYearlessFormIsRead(String written, LocalDate expected) {
        assertThat(scan("于" + written + "完成"))
                .extracting(ProseDate::excerpt, ProseDate::date, ProseDate::kind)
                .containsExactly(tuple(written, expected, Kind.YEAR_IMPLIED));
    }

    @Test
    void aMonthAndDayTakesTheLatestYearWrittenBeforeItAcrossSentences() {
        String text = "2021年9月1日，新学年开始。学校在2022年春季学期修订了目录。"
                + "各部门随后于3月15日前报送材料，并于五月四日完成审核。";

        assertThat(scan(text))
                .extracting(ProseDate::excerpt, ProseDate::date, ProseDate::kind)
                .containsExactly(
                        tuple("2021年9月1日", LocalDate.of(2021, 9, 1), Kind.FULL),
                        tuple("3月15日", LocalDate.of(2022, 3, 15), Kind.YEAR_IMPLIED),
                        tuple("五月四日", LocalDate.of(2022, 5, 4), Kind.YEAR_IMPLIED));
    }

    @ParameterizedTest(name = "\"{0}\" gives the year {1}")
    @CsvSource({
        "2022年3月，学校召开会议；10月8日再次召开,      2022",
        "二〇二〇年度工作总结。11月2日,                  2020",
        "2019.9.1开学。10月8日,                          2019",
        "2020年全年。学校于9月1日,                       2020"})
    void theYearCanComeFromAnyWrittenYear(String text, int year) {
        assertThat(scan(text))
                .filteredOn(found -> found.kind() == Kind.YEAR_IMPLIED)
                .singleElement()
                .extracting(found -> found.date().getYear())
                .isEqualTo(year);
    }

    @Test
    void aDocumentNumbersYearIsNotTheYearOfTheDatesAfterIt() {
        assertThat(ProseDateScanner.scan("依据教办函〔2014〕23号，学校于9月1日启动。", 2021))
                .extracting(ProseDate::date)
                .containsExactly(LocalDate.of(2021, 9, 1));
    }

    @Test
    void aMonthAloneIsNotADate() {
        assertThat(scan("9月份，学校在十月开展了培训。")).isEmpty();
    }

    @Test
    void aYearlessDayNotOnTheCalendarIsImpossible() {
        assertThat(ProseDateScanner.scan("于9月31日完成", 2021))
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::likelyIntended)
                .containsExactly(tuple("9月31日", Kind.IMPOSSIBLE, null));
    }

    // ---- dates that lost their 年 or 月 ----

    @ParameterizedTest(name = "\"{0}\" likely {1}")
    @CsvSource({
        "202191日,     2021-09-01",
        "2022831日,    2022-08-31",
        "2021年91日,   2021-09-01",
        "2021年1231日, 2021-12-31",
        "2022831号,    2022-08-31",
        "20221030日,   2022-10-30",
        "20221030,     2022-10-30",
        "２０２２８３１日, 2022-08-31"})
    void aDateThatLostItsMarksIsNamedWithTheDateLikelyIntended(String written, LocalDate likely) {
        String text = "学校于" + written + "，召开会议";

        assertThat(scan(text))
                .extracting(ProseDate::start, ProseDate::end, ProseDate::excerpt, ProseDate::kind, ProseDate::date,
                        ProseDate::likelyIntended)
                .containsExactly(tuple(3, 3 + written.length(), written, Kind.MALFORMED, null, likely));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2021121日", "2021111日", "2021年101日"})
    void aRunThatSplitsTwoWaysIsStillFlaggedButWithoutAGuess(String written) {
        assertThat(scan("于" + written + "完成"))
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::likelyIntended)
                .containsExactly(tuple(written, Kind.MALFORMED, null));
    }

    @Test
    void aRangeOfTwoEightDigitDatesIsTwoMalformedDates() {
        assertThat(scan("统计时间为20210901-20220831。"))
                .extracting(ProseDate::excerpt, ProseDate::likelyIntended)
                .containsExactly(
                        tuple("20210901", LocalDate.of(2021, 9, 1)),
                        tuple("20220831", LocalDate.of(2022, 8, 31)));
    }

    @Test
    void aFullDateCutShortBeforeItsDayMarkIsLeftAlone() {
        assertThat(scan("2021年9月1，学校召开会议")).isEmpty();
    }

    @Test
    void aMalformedDateSetsTheYearForTheDatesAfterIt() {
        assertThat(ProseDateScanner.scan("截至2022831日，共发布信息。9月5日起", 2021))
                .extracting(ProseDate::kind, ProseDate::date)
                .containsExactly(tuple(Kind.MALFORMED, null), tuple(Kind.YEAR_IMPLIED, LocalDate.of(2022, 9, 5)));
    }

    // ---- a real-world style paragraph ----

    @Test
    void aDisclosureParagraphNamesEachDateThatLostItsMarksAndNothingElseThatIsNotADate() {
        String paragraph = "根据《高等学校信息公开事项清单》（教办函〔2014〕23号）和《浙江省高校信息公开工作指引（试行）》"
                + "（浙教办综〔2021〕2号）要求，学校于202191日召开信息公开工作领导小组会议，部署2021-2022学年"
                + "信息公开工作。本报告统计时间为2021年9月1日至2022年8月31日。截至2022831日，学校门户网站共发布"
                + "各类信息1260条，较2021年增长12.5%，信息公开专栏访问量达4.2万人次，依申请公开答复率100%。"
                + "2022年3月，学校修订信息公开目录，并于2022年41日完成栏目调整。本报告定于20221030发布，"
                + "电子版见学校信息公开网（http://xxgk.example.edu.cn/2022/10/30/report.html）。"
                + "联系电话：0577-8800 1234，电子邮箱：xxgk@example.edu.cn。";

        List<ProseDate> found = scan(paragraph);

        assertThat(paragraph.length()).isBetween(200, 400);
        assertThat(found)
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::date, ProseDate::likelyIntended)
                .containsExactly(
                        tuple("202191日", Kind.MALFORMED, null, LocalDate.of(2021, 9, 1)),
                        tuple("2021年9月1日", Kind.FULL, LocalDate.of(2021, 9, 1), null),
                        tuple("2022年8月31日", Kind.FULL, LocalDate.of(2022, 8, 31), null),
                        tuple("2022831日", Kind.MALFORMED, null, LocalDate.of(2022, 8, 31)),
                        tuple("2022年41日", Kind.MALFORMED, null, LocalDate.of(2022, 4, 1)),
                        tuple("20221030", Kind.MALFORMED, null, LocalDate.of(2022, 10, 30)));
        assertThat(found).allSatisfy(date ->
                assertThat(paragraph.substring(date.start(), date.end())).isEqualTo(date.excerpt()));
    }

    // ---- what is not a date ----

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "教办函〔2014〕23号", "浙教办综〔2021〕2号", "教办厅函〔2018〕80号", "〔2018〕80号", "[2021]30号",
        "国办公开办函〔2021〕30号", "（2021）5号", "(2021)5号", "【2021】12号", "浙教发〔2021〕202112号",
        "教育部令第29号", "第202112号", "2022年", "2022年3月", "2022年春季学期", "2021-2022学年", "2021—2022学年",
        "2021至2022学年", "2021年9月", "二〇二二年", "14:30", "上午9:00至11:30", "14：30", "1.2.3", "版本2.10.1",
        "v2021.9.1", "96.8%", "4.2万", "12.5万元", "0577-8800 1234", "0577-88001234", "电话：0577-88001234",
        "电话：20221030", "Tel: 20221030", "传真 20221030", "0577 20221030", "20221030 1234", "0577-20221030",
        "http://xxgk.example.edu.cn/2022/10/30/index.html", "www.example.edu.cn/2021-09-01.html",
        "xxgk2021@example.edu.cn", "20221030@qq.com", "20221030元", "20221030人次", "20221030条", "20221030%",
        "学号20221030", "编号：20221030", "20221032", "19891030", "2022103012", "2021.9", "9.1", "9/1", "9-1",
        "近五年", "十四五", "一二三四", "三个月", "统一月度考核", "2021年9月1", "12345日", "20219日", "¥20221030"})
    void whatIsNotADateProducesNothing(String text) {
        assertThat(scan(text)).isEmpty();
        assertThat(scan("学校" + text + "。")).isEmpty();
    }

    @Test
    void anEmptyTextHasNoDates() {
        assertThat(scan("")).isEmpty();
    }

    // ---- shapes seen in published reports (issue 12) ----

    @Test
    void aDateBeforeAStopMarkIsMalformed() {
        assertThat(scan("统计期限自2022年9月1日起至2023831止。"))
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::likelyIntended)
                .containsExactly(tuple("2022年9月1日", Kind.FULL, null), tuple("2023831", Kind.MALFORMED, LocalDate.of(2023, 8, 31)));
    }

    @Test
    void aSignatureDateAloneOnItsLineIsMalformed() {
        assertThat(scan("东瓯职业技术学院\n202615\n"))
                .extracting(ProseDate::excerpt, ProseDate::kind, ProseDate::likelyIntended)
                .containsExactly(tuple("202615", Kind.MALFORMED, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aYearThatLostItsNianBeforeAMonthIsMalformed() {
        assertThat(scan("学校于20169月初召开会议"))
                .extracting(ProseDate::excerpt, ProseDate::kind)
                .containsExactly(tuple("20169月", Kind.MALFORMED));
    }

    @Test
    void aNumberAloneOnALineThatIsNoDateStaysQuiet() {
        assertThat(scan("联系电话\n88001234\n")).isEmpty();
    }
}
