package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsWindowTest {
    private final StatisticsWindow y2021 = StatisticsWindow.academicYear(AcademicYear.parse("2021-2022"));

    @Test
    void boundsAreInclusive() {
        assertThat(y2021.start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(y2021.end()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(y2021.contains(LocalDate.of(2021, 9, 1))).isTrue();
        assertThat(y2021.contains(LocalDate.of(2022, 8, 31))).isTrue();
    }

    @Test
    void daysJustOutsideAreOut() {
        assertThat(y2021.contains(LocalDate.of(2022, 9, 1))).isFalse();
        assertThat(y2021.contains(LocalDate.of(2021, 8, 31))).isFalse();
    }

    @Test
    void leapDayFallsInsideItsAcademicYear() {
        StatisticsWindow y2023 = StatisticsWindow.academicYear(AcademicYear.parse("2023-2024"));
        assertThat(y2023.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(y2021.contains(LocalDate.of(2024, 2, 29))).isFalse();
    }

    @Test
    void chineseLabelIsWrittenAsInTheReport() {
        assertThat(y2021.chineseLabel()).isEqualTo("2021年9月1日至2022年8月31日");
    }

    @Test
    void calendarYearWindow() {
        StatisticsWindow w = StatisticsWindow.calendarYear(2021);
        assertThat(w.chineseLabel()).isEqualTo("2021年1月1日至2021年12月31日");
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new StatisticsWindow(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
