package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.testing.CliRun;

/** One reader of typed figures: the app's table cells, `tables set` and imported tables take and refuse the same text. */
class TypedFigureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234|1234", "'1,234'|1234", "１２３４|1234", "１，２３４|1234", "' 7 '|7", "0|0",
            "12.5|12.5", "１２．５|12.5", "'1 234'|1234", "'1,234,567.25'|1234567.25"})
    void takesWhatAPersonTypes(String typed, String figure) {
        assertThat(ValueRanges.typedFigure(typed)).isEqualByComparingTo(new BigDecimal(figure));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "　"})
    void nothingTypedIsNoFigure(String typed) {
        assertThat(ValueRanges.typedFigure(typed)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "－３", "abc", "12件", "1e999999999", "1234567890123456", "0.1234567", "NaN", "3-4"})
    void refusesWithTheTextItWasGiven(String typed) {
        assertThatThrownBy(() -> ValueRanges.typedFigure(typed)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo("model.figure.typed"));
    }

    /** The command line takes full-width digits and thousands separators as the app does, and refuses negatives. */
    @org.junit.jupiter.api.Test
    void theCommandLineTakesAndRefusesTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String p = dir.resolve("g.nianbao").toString();
        assertThat(CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2021", "--institution", "示例学院",
                "--out", p).exitCode()).isZero();
        assertThat(CliRun.of("tables", p, "set", "3", "1", "natural", "１，２３４").exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode cells = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("tables", p, "list", "--json").out());
        assertThat(cells.findValuesAsText("value")).contains("1234");
        CliRun negative = CliRun.of("tables", p, "set", "3", "1", "natural", "－１");
        assertThat(negative.exitCode()).isEqualTo(1);
        assertThat(negative.err()).contains("－１");
    }
}
