package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a workbook holds, reading its dates never throws and never yields a date the report
 * cannot hold. A plain {@code mvn test} replays the seeds (the text ones are files under
 * {@code src/test/resources/org/nianbao/intake/DateParserFuzzTestInputs/}); to fuzz, run one method
 * with {@code JAZZER_FUZZ=1}, e.g. {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='DateParserFuzzTest#anyCellText*'}.
 */
class DateParserFuzzTest {

    /** Raw bytes read as UTF-8, so the seed files are plain text anyone can read and add to. */
    @FuzzTest(maxDuration = "60s")
    void anyCellTextGivesADateOrAProblemAndNeverThrows(byte[] cellBytes) {
        String text = new String(cellBytes, StandardCharsets.UTF_8);

        DateParse result = DateParser.parseText(text);

        assertSound(result);
        assertThat(result.input()).isSameAs(text);
        if (result.ok()) {
            assertThat(DateParser.parseText(result.date().toString()).date())
                    .as("the date written back as ISO reads as itself").isEqualTo(result.date());
        }
    }

    @MethodSource("serialSeeds") // Jazzer wants @FuzzTest last
    @FuzzTest(maxDuration = "60s")
    void anyCellNumberGivesADateOrAProblemAndNeverThrows(double serial, boolean date1904) {
        assertSound(DateParser.fromSerial(serial, date1904));
    }

    static Stream<Arguments> serialSeeds() {
        return Stream.of(
                Arguments.of(44440.0, false), Arguments.of(44440.75, false), Arguments.of(60.0, false),
                Arguments.of(0.0, false), Arguments.of(0.0, true), Arguments.of(73415.0, false),
                Arguments.of(71953.0, true), Arguments.of(2_958_465.0, false), Arguments.of(-1.0, true),
                Arguments.of(Double.NaN, false), Arguments.of(Double.POSITIVE_INFINITY, true));
    }

    private static void assertSound(DateParse result) {
        assertThat(result.date() == null).as("exactly one of date and problem").isNotEqualTo(result.problem() == null);
        if (result.date() != null) {
            assertThat(result.date().getYear()).isBetween(DateParser.MIN_YEAR, DateParser.MAX_YEAR);
        }
    }
}
