package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.intake.DateParse.Problem;

class DateParserTest {
    private static final LocalDate FIRST_OF_SEPTEMBER_2021 = LocalDate.of(2021, 9, 1);

    // ---- text a department typed ----

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "2021-9-1", "2021-09-01", "2021/09/01", "2021/9/1", "2021.9.1", "2021.09.01", "20210901",
        "2021年9月1日", "2021年09月01日", "2021年9月1号", "2021 年 9 月 1 日",
        "２０２１－０９－０１", "２０２１年９月１日", "２０２１／９／１", "２０２１．９．１",
        "二〇二一年九月一日", "二零二一年九月一日", "二○二一年九月一日", "二〇二一年〇九月〇一日", "2021年九月一日",
        "  2021-9-1  ", "\t2021/09/01\n", "\u30002021年9月1日\u3000", "\u00A020210901\u00A0"})
    void theFirstOfSeptemberReadsTheSameHoweverADepartmentTypedIt(String text) {
        DateParse result = DateParser.parseText(text);

        assertThat(result.ok()).isTrue();
        assertThat(result.date()).isEqualTo(FIRST_OF_SEPTEMBER_2021);
        assertThat(result.problem()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "2021-09-01 14:30", "2021-09-01 14:30:05", "2021-09-01T14:30", "2021-09-01T14:30:05.250",
        "2021/9/1 0:00", "2021.9.1  9:05", "20210901 14:30:05", "20210901T14:30",
        "2021年9月1日 14:30", "2021年9月1日14:30:05", "2021年9月1号 8:00", "二〇二一年九月一日 14:30",
        "２０２１－０９－０１　１４：３０", "２０２１年９月１日　１４：３０：０５"})
    void aTimeTypedAfterTheDateIsIgnored(String text) {
        assertThat(DateParser.parseText(text).date()).isEqualTo(FIRST_OF_SEPTEMBER_2021);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "二〇二二年十二月三十一日, 2022-12-31",
        "二零二二年十二月三十一日, 2022-12-31",
        "二〇二一年十月十日,       2021-10-10",
        "二〇二一年十一月二十日,   2021-11-20",
        "二〇二一年二月二十一日,   2021-02-21",
        "二〇二一年一月三十日,     2021-01-30",
        "二〇二一年三月十九日,     2021-03-19",
        "二〇二四年二月二十九日,   2024-02-29",
        "二〇〇〇年一月一日,       2000-01-01"})
    void chineseNumeralDatesAreRead(String text, LocalDate expected) {
        assertThat(DateParser.parseText(text).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "2024-02-29, 2024-02-29",
        "2000/2/29,  2000-02-29",
        "1900-01-01, 1900-01-01",
        "2100-12-31, 2100-12-31",
        "2021-12-31, 2021-12-31",
        "20220831,   2022-08-31",
        "2022年8月31日, 2022-08-31"})
    void datesAtTheEdgesOfMonthsYearsAndTheAcceptedRangeAreRead(String text, LocalDate expected) {
        assertThat(DateParser.parseText(text).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u3000", "-", "—", "/", "无", " - ", "——", "－", "／", " 无 "})
    void aBlankCellOrAPlaceholderIsMissingRatherThanUnreadable(String text) {
        DateParse result = DateParser.parseText(text);

        assertThat(result.problem()).isEqualTo(Problem.MISSING);
        assertThat(result.ok()).isFalse();
        assertThat(result.date()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "2022-02-30", "2021-13-01", "2021年2月29日", "20220230", "2021-00-10", "2021-9-31", "2021-9-0",
        "1900-02-29", "2100-02-29", "二〇二一年二月三十日", "2021年13月1日", "２０２２－０２－３０",
        "2022-02-30 14:30", "31/31/2022"})
    void aWellFormedDateThatIsNotOnTheCalendarIsImpossible(String text) {
        assertThat(DateParser.parseText(text).problem()).isEqualTo(Problem.IMPOSSIBLE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "22/3/4", "3/4/2022", "04/03/2022", "21-9-1", "9/1", "9月1日", "九月一日", "十二月三十一日",
        "21年9月1日", "二一年九月一日", "3.4.2022", "9-1", "3/4/2022 14:30"})
    void aDateWhoseYearOrDayMonthOrderCannotBeKnownIsAmbiguousNotGuessed(String text) {
        assertThat(DateParser.parseText(text).problem()).isEqualTo(Problem.AMBIGUOUS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"13/4/2022", "25/12/2022", "12/25/2022"})
    void dayMonthOrderIsNotGuessedEvenWhenOnlyOneReadingIsOnTheCalendar(String text) {
        assertThat(DateParser.parseText(text).problem()).isEqualTo(Problem.AMBIGUOUS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "abc", "2021-9", "上周三", "44440", "44440.5", "0", "2021年9月", "2021-09-01-02", "2021-09/01",
        "2021-009-01", "02021-9-1", "２０２１", "2021 9 1", "2021-9-1 (周三)", "2021-09-01 下午3点",
        "2021年9月1日 上午", "2021-09-01 25:00", "2021-09-01 14:3", "2021-09-01 14:30:5", "2021-09-01T",
        "2021-09-01Z", "二千零二十一年九月一日", "二〇二一年九月", "2021年9月1日日", "9月", "年月日",
        "99999999999999999999", "2021-9-1-", "/2021/9/1", "2021..9.1", "N/A"})
    void textThatIsNoDateFormWeKnowIsUnreadable(String text) {
        assertThat(DateParser.parseText(text).problem()).isEqualTo(Problem.UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1899-12-31", "2101-01-01", "18991231", "21010101", "1066年10月14日", "9999/12/31",
        "3/4/1899", "一八九九年十二月三十一日"})
    void aYearOutsideNineteenHundredToTwentyOneHundredIsUnreadable(String text) {
        assertThat(DateParser.parseText(text).problem()).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void theResultQuotesTheCellTextAsGivenSoAnIssueCanShowIt() {
        assertThat(DateParser.parseText(" 2021-9-1 ").input()).isEqualTo(" 2021-9-1 ");
        assertThat(DateParser.parseText("2022-02-30").input()).isEqualTo("2022-02-30");
        assertThat(DateParser.parseText(" - ").input()).isEqualTo(" - ");
        assertThat(DateParser.parseText(null).input()).isNull();
    }

    // ---- numbers in date cells (Excel serials) ----

    @ParameterizedTest(name = "{0}, 1904 system: {1}")
    @CsvSource({
        "1900-01-01, false", "1900-02-28, false", "1900-03-01, false", "2021-09-01, false",
        "2024-02-29, false", "2099-12-31, false", "2100-12-31, false",
        "1904-01-01, true", "1904-01-02, true", "2021-09-01, true", "2024-02-29, true", "2099-12-31, true",
        "2100-12-31, true"})
    void aDateCellReadsAsTheDayExcelShows(LocalDate day, boolean date1904) {
        double serial = DateUtil.getExcelDate(day, date1904);

        assertThat(DateParser.fromSerial(serial, date1904).date()).isEqualTo(day);
        assertThat(DateParser.fromSerial(serial + 0.75, date1904).date())
                .as("a time of day does not move the date").isEqualTo(day);
        assertThat(DateUtil.getLocalDateTime(serial + 0.75, date1904).toLocalDate())
                .as("POI agrees").isEqualTo(day);
    }

    @ParameterizedTest(name = "1904 system: {0}")
    @ValueSource(booleans = {false, true})
    void everySerialFrom1900To2100AgreesWithPoi(boolean date1904) {
        double last = DateUtil.getExcelDate(LocalDate.of(2100, 12, 31), date1904);
        for (int serial = date1904 ? 0 : 1; serial <= last; serial++) {
            if (!date1904 && serial == 60) {
                continue; // Excel's 1900-02-29, which POI moves to 1900-03-01; see the next test
            }
            LocalDate poi = DateUtil.getLocalDateTime(serial + 0.5, date1904).toLocalDate();
            assertThat(DateParser.fromSerial(serial + 0.5, date1904).date()).as("serial %d", serial).isEqualTo(poi);
        }
    }

    @Test
    void serialSixtyIsExcelsNonExistentLeapDayAndIsImpossible() {
        assertThat(DateParser.fromSerial(60, false).problem()).isEqualTo(Problem.IMPOSSIBLE);
        assertThat(DateParser.fromSerial(59, false).date()).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(DateParser.fromSerial(61, false).date()).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(DateParser.fromSerial(60, true).date()).isEqualTo(LocalDate.of(1904, 3, 1));
    }

    @Test
    void serialZeroIsNoDateIn1900ButNewYear1904InThe1904System() {
        assertThat(DateParser.fromSerial(0, false).problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(DateParser.fromSerial(0.5, false).problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(DateParser.fromSerial(0, true).date()).isEqualTo(LocalDate.of(1904, 1, 1));
    }

    @ParameterizedTest(name = "{0}, 1904 system: {1}")
    @CsvSource({
        "NaN, false", "Infinity, false", "-Infinity, true", "-1, false", "-0.5, true", "-1, true",
        "2958466, false", "1e300, true", "73416, false", "71954, true", "2958465, false", "2957003, true"})
    void aNumberThatIsNoDayFrom1900To2100IsUnreadable(double serial, boolean date1904) {
        assertThat(DateParser.fromSerial(serial, date1904).problem()).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void theSerialResultQuotesTheNumberAsTheCellShowsIt() {
        assertThat(DateParser.fromSerial(44440, false).input()).isEqualTo("44440");
        assertThat(DateParser.fromSerial(44440.5, false).input()).isEqualTo("44440.5");
    }

    // ---- the result itself ----

    @Test
    void aResultCarriesEitherADateOrAProblemNeverBothOrNeither() {
        LocalDate day = FIRST_OF_SEPTEMBER_2021;
        assertThatThrownBy(() -> new DateParse(day, Problem.AMBIGUOUS, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateParse(null, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DateParse(day, null, "x").ok()).isTrue();
        assertThat(new DateParse(null, Problem.MISSING, "").ok()).isFalse();
    }
}
