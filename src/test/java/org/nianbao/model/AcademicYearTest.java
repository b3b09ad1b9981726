package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021-2022", "2021", " 2021 ", "2021–2022", "2021—2022", "2021/2022", "2021-2022学年", "2021学年"})
    void acceptsTheWaysPeopleWriteAnAcademicYear(String text) {
        assertThat(AcademicYear.parse(text)).isEqualTo(new AcademicYear(2021));
        assertThat(AcademicYear.parse(text).toString()).isEqualTo("2021-2022");
    }

    @Test
    void rejectsYearsThatDoNotFollowEachOtherWithAMessageNamingTheInput() {
        assertThatThrownBy(() -> AcademicYear.parse("2021-2023"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2021-2023")
                .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo("model.year.notConsecutive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "21-22", "2021-22", "二〇二一"})
    void rejectsTextThatIsNoYear(String text) {
        assertThatThrownBy(() -> AcademicYear.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo("model.year.unreadable"));
    }

    @Test
    void rejectsNullAsUnreadable() {
        assertThatThrownBy(() -> AcademicYear.parse(null)).isInstanceOf(InvalidValueException.class);
    }
}
