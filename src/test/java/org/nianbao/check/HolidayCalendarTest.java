package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {
    private static final HolidayCalendar BUILT_IN = HolidayCalendar.builtIn();

    @TempDir
    Path userFolder;

    @Test
    void nationalDayWeek2021IsOffAndTheSundayBeforeAndSaturdayAfterAreWorked() {
        for (LocalDate d = date("2021-10-01"); !d.isAfter(date("2021-10-07")); d = d.plusDays(1)) {
            assertThat(BUILT_IN.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(BUILT_IN.isWorkingDay(date("2021-09-26"))).as("Sunday 26 September, 调休").isTrue();
        assertThat(BUILT_IN.isWorkingDay(date("2021-10-09"))).as("Saturday 9 October, 调休").isTrue();
        assertThat(BUILT_IN.isWorkingDay(date("2021-10-08"))).as("Friday 8 October").isTrue();
    }

    @Test
    void springFestival2022IsOffAndTheWeekendBeforeItIsWorked() {
        assertThat(BUILT_IN.isWorkingDay(date("2022-01-29"))).as("Saturday 29 January, 调休").isTrue();
        assertThat(BUILT_IN.isWorkingDay(date("2022-01-30"))).as("Sunday 30 January, 调休").isTrue();
        for (LocalDate d = date("2022-01-31"); !d.isAfter(date("2022-02-06")); d = d.plusDays(1)) {
            assertThat(BUILT_IN.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(BUILT_IN.isWorkingDay(date("2022-02-07"))).as("Monday after the holiday").isTrue();
        // Received Friday 28 January: the make-up weekend gives days 1 and 2, day 3 is after the holiday.
        assertThat(BUILT_IN.addWorkingDays(date("2022-01-28"), 3)).isEqualTo(date("2022-02-07"));
        assertThat(BUILT_IN.workingDaysBetween(date("2022-01-28"), date("2022-02-06"))).isEqualTo(2);
    }

    @Test
    void anOrdinaryWeekendIsNotWorked() {
        assertThat(BUILT_IN.isWorkingDay(date("2021-10-16"))).as("Saturday").isFalse();
        assertThat(BUILT_IN.isWorkingDay(date("2021-10-17"))).as("Sunday").isFalse();
        assertThat(BUILT_IN.isWorkingDay(date("2021-10-15"))).as("Friday").isTrue();
        assertThat(BUILT_IN.workingDaysBetween(date("2021-10-15"), date("2021-10-18"))).isEqualTo(1);
    }

    @Test
    void fifteenWorkingDaysAfterAnApplicationReceivedOn30September2021EndOn27October() {
        // Hand count from 2021.json. Thu 30 Sep is the day of receipt and does not count.
        // 1–7 Oct off (国庆节). Fri 8 Oct = 1, Sat 9 Oct (调休) = 2, Sun 10 Oct off,
        // 11–15 Oct = 3..7, 18–22 Oct = 8..12, Mon 25 = 13, Tue 26 = 14, Wed 27 Oct = 15.
        assertThat(BUILT_IN.addWorkingDays(date("2021-09-30"), 15)).isEqualTo(date("2021-10-27"));
        // Under the 2019 条例 (20 working days): Thu 28 = 16, Fri 29 = 17, Mon 1 Nov = 18, 2 = 19, Wed 3 Nov = 20.
        assertThat(BUILT_IN.addWorkingDays(date("2021-09-30"), 20)).isEqualTo(date("2021-11-03"));
        assertThat(BUILT_IN.workingDaysBetween(date("2021-09-30"), date("2021-10-27"))).isEqualTo(15);
        assertThat(BUILT_IN.workingDaysBetween(date("2021-09-30"), date("2021-10-26"))).isEqualTo(14);
    }

    @Test
    void anApplicationReceivedTheFridayBeforeMidAutumn2021CountsTheMakeUpSaturdayFirst() {
        // 2021.json: Sat 18 Sep worked (调休), 19–21 Sep off, Sun 26 Sep worked, 1–7 Oct off, Sat 9 Oct worked.
        assertThat(BUILT_IN.addWorkingDays(date("2021-09-17"), 1)).isEqualTo(date("2021-09-18"));
        assertThat(BUILT_IN.addWorkingDays(date("2021-09-17"), 2)).isEqualTo(date("2021-09-22"));
        // 18 Sep = 1, 22–24 = 2..4, Sun 26 = 5, 27–30 = 6..9, 8 Oct = 10, Sat 9 Oct = 11, 11–14 Oct = 12..15.
        assertThat(BUILT_IN.addWorkingDays(date("2021-09-17"), 15)).isEqualTo(date("2021-10-14"));
    }

    @Test
    void theDayOfReceiptNeverCounts() {
        LocalDate monday = date("2021-11-01");
        assertThat(BUILT_IN.addWorkingDays(monday, 0)).isEqualTo(monday);
        assertThat(BUILT_IN.addWorkingDays(monday, 1)).isEqualTo(date("2021-11-02"));
        assertThat(BUILT_IN.workingDaysBetween(monday, monday)).isZero();
        assertThat(BUILT_IN.workingDaysBetween(monday, monday.minusDays(10))).isZero();
        assertThatThrownBy(() -> BUILT_IN.addWorkingDays(monday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoticeThatReachesIntoTheYearBeforeIsHonoured() {
        // Only 2019.json lists these: the 2019 New Year holiday ran 30 Dec 2018 – 1 Jan 2019.
        assertThat(BUILT_IN.isWorkingDay(date("2018-12-29"))).as("Saturday, 调休").isTrue();
        assertThat(BUILT_IN.isWorkingDay(date("2018-12-31"))).as("Monday, 元旦").isFalse();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysOverRandomDatesFrom2015To2026() {
        Random random = new Random(20211001L);
        LocalDate first = date("2015-01-01");
        int span = (int) ChronoUnit.DAYS.between(first, date("2026-12-31"));
        for (int i = 0; i < 3000; i++) {
            LocalDate start = first.plusDays(random.nextInt(span + 1));
            int n = random.nextInt(10) == 0 ? random.nextInt(3000) : random.nextInt(41);
            LocalDate end = BUILT_IN.addWorkingDays(start, n);
            String story = start + " + " + n + " working days = " + end;
            assertThat(BUILT_IN.workingDaysBetween(start, end)).as(story).isEqualTo(n);
            if (n > 0) {
                assertThat(BUILT_IN.isWorkingDay(end)).as(story).isTrue();
                assertThat(BUILT_IN.workingDaysBetween(start, end.minusDays(1))).as(story).isEqualTo(n - 1);
            }

            LocalDate later = start.plusDays(random.nextInt(800));
            int counted = BUILT_IN.workingDaysBetween(start, later);
            assertThat(counted).as(start + " .. " + later).isEqualTo(countDayByDay(start, later));
            LocalDate lastWorkingDay = BUILT_IN.addWorkingDays(start, counted);
            assertThat(lastWorkingDay).isBeforeOrEqualTo(later);
            assertThat(BUILT_IN.workingDaysBetween(lastWorkingDay, later)).isZero();
        }
    }

    @Test
    void theBundledYearsAre2015To2026And2027IsAnEstimateUntilPublished() {
        assertThat(BUILT_IN.knownYears()).containsExactlyElementsOf(IntStream.rangeClosed(2015, 2026).boxed().toList());
        assertThat(BUILT_IN.knows(2027)).isFalse();
        assertThat(BUILT_IN.knows(2014)).isFalse();
        // Friday 1 January 2027: without data, weekdays are working days.
        assertThat(BUILT_IN.isWorkingDay(date("2027-01-01"))).isTrue();
    }

    @Test
    void aUserFolderSupplying2027MakesItKnown() throws IOException {
        writeYear(2027, """
                { "name": "元旦", "date": "2027-01-01", "isOffDay": true }""");

        HolidayCalendar calendar = HolidayCalendar.load(userFolder);

        assertThat(calendar.knows(2027)).isTrue();
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-04"));
        assertThat(calendar.knows(2021)).as("bundled years stay").isTrue();
    }

    @Test
    void aCorrectedUser2021FileChangesTheDeadline() throws IOException {
        ObjectNode corrected = (ObjectNode) new ObjectMapper().readTree(bundled("2021.json"));
        corrected.withArray("days").addObject().put("name", "国庆节").put("date", "2021-09-30").put("isOffDay", true);
        Files.writeString(userFolder.resolve("2021.json"), corrected.toPrettyString(), StandardCharsets.UTF_8);

        HolidayCalendar calendar = HolidayCalendar.load(userFolder);

        assertThat(BUILT_IN.addWorkingDays(date("2021-09-29"), 1)).isEqualTo(date("2021-09-30"));
        assertThat(calendar.addWorkingDays(date("2021-09-29"), 1)).isEqualTo(date("2021-10-08"));
        assertThat(calendar.workingDaysBetween(date("2021-09-29"), date("2021-10-27")))
                .isEqualTo(BUILT_IN.workingDaysBetween(date("2021-09-29"), date("2021-10-27")) - 1);
    }

    @Test
    void aUserFileReplacesTheBundledYearRatherThanAddingToIt() throws IOException {
        writeYear(2021, """
                { "name": "元旦", "date": "2021-01-01", "isOffDay": true }""");

        HolidayCalendar calendar = HolidayCalendar.load(userFolder);

        assertThat(calendar.isWorkingDay(date("2021-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2021-10-01"))).as("Friday, no longer listed").isTrue();
        assertThat(calendar.isWorkingDay(date("2021-10-09"))).as("Saturday, no longer listed").isFalse();
    }

    @Test
    void aMissingUserFolderLeavesTheBundledYears() {
        HolidayCalendar calendar = HolidayCalendar.load(userFolder.resolve("not-created-yet"));
        assertThat(calendar.knownYears()).isEqualTo(BUILT_IN.knownYears());
        assertThat(calendar.isWorkingDay(date("2021-10-01"))).isFalse();
    }

    @Test
    void notesBesideTheYearFilesAreIgnored() throws IOException {
        Files.writeString(userFolder.resolve("README.txt"), "2027 from the notice of 2026-11-xx");
        Files.writeString(userFolder.resolve(".2027.json.swp"), "not json");
        assertThat(HolidayCalendar.load(userFolder).knownYears()).isEqualTo(BUILT_IN.knownYears());
    }

    @Test
    void aUserFileWithBrokenJsonNamesTheFileAndLine() throws IOException {
        Path file = userFolder.resolve("2027.json");
        Files.writeString(file, """
                {
                  "year": 2027,
                  "papers": [],
                  "days": [
                    { "name": "元旦", "date": "2027-01-01", "isOffDay": true }
                    { "name": "春节", "date": "2027-02-06", "isOffDay": true }
                  ]
                }
                """, StandardCharsets.UTF_8);

        HolidayCalendarException e = refusal();

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.detail()).startsWith("line 6, not valid JSON");
        assertThat(e.getMessage()).contains("2027.json", "line 6");
    }

    @Test
    void aUserFileWithADateThatDoesNotExistNamesTheFieldAndLine() throws IOException {
        writeYear(2027, """
                { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                    { "name": "春节", "date": "2027-02-30", "isOffDay": true }""");

        HolidayCalendarException e = refusal();

        assertThat(e.file()).endsWith("2027.json");
        assertThat(e.detail()).isEqualTo("line 6, days[1].date: \"2027-02-30\" is not a date written as yyyy-MM-dd");
    }

    @Test
    void aUserFileMissingIsOffDayNamesTheDay() throws IOException {
        writeYear(2027, """
                { "name": "元旦", "date": "2027-01-01" }""");

        assertThat(refusal().detail()).isEqualTo("line 5, days[0].isOffDay: missing");
    }

    @Test
    void aUserFileWhoseYearDisagreesWithItsNameIsRefused() throws IOException {
        Files.writeString(userFolder.resolve("2028.json"), """
                { "year": 2027, "papers": [], "days": [] }
                """);

        HolidayCalendarException e = refusal();

        assertThat(e.file()).endsWith("2028.json");
        assertThat(e.detail()).contains("year", "2027", "2028.json");
    }

    @Test
    void aJsonFileNotNamedAfterItsYearIsRefusedNotIgnored() throws IOException {
        Files.writeString(userFolder.resolve("holidays-2028.json"), "{}");

        HolidayCalendarException e = refusal();

        assertThat(e.file()).endsWith("holidays-2028.json");
        assertThat(e.detail()).contains("2028.json");
    }

    @Test
    void theIndexListsEveryBundledHolidayFile() throws IOException {
        Path folder = Path.of("src/main/resources/org/nianbao/holidays");
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        List<String> listed = Files.readAllLines(folder.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(listed).containsExactlyElementsOf(onDisk);
    }

    private HolidayCalendarException refusal() {
        HolidayCalendarException e = catchThrowableOfType(HolidayCalendarException.class,
                () -> HolidayCalendar.load(userFolder));
        assertThat(e).as("loading must fail").isNotNull();
        return e;
    }

    /** Writes a user file for {@code year} in holiday-cn's layout; the first day sits on line 5. */
    private void writeYear(int year, String days) throws IOException {
        Files.writeString(userFolder.resolve(year + ".json"), """
                {
                  "year": %d,
                  "papers": ["https://www.gov.cn/example-notice"],
                  "days": [
                    %s
                  ]
                }
                """.formatted(year, days), StandardCharsets.UTF_8);
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream("/org/nianbao/holidays/" + name)) {
            return in.readAllBytes();
        }
    }

    private static int countDayByDay(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (BUILT_IN.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
