package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calendar and width helpers the date readers of cells (intake) and prose (check) share. */
class ChineseDatesTest {
    @Test
    void monthLengthsFollowTheGregorianLeapYears() {
        assertThat(ChineseDates.lengthOfMonth(2024, 2)).isEqualTo(29);
        assertThat(ChineseDates.lengthOfMonth(2023, 2)).isEqualTo(28);
        assertThat(ChineseDates.lengthOfMonth(1900, 2)).isEqualTo(28);
        assertThat(ChineseDates.lengthOfMonth(2000, 2)).isEqualTo(29);
        assertThat(ChineseDates.lengthOfMonth(2022, 9)).isEqualTo(30);
        assertThat(ChineseDates.lengthOfMonth(2022, 8)).isEqualTo(31);
        assertThat(ChineseDates.isRealDate(2022, 2, 29)).isFalse();
        assertThat(ChineseDates.isRealDate(2022, 9, 31)).isFalse();
        assertThat(ChineseDates.isRealDate(2022, 13, 1)).isFalse();
        assertThat(ChineseDates.isRealDate(2024, 2, 29)).isTrue();
    }

    @Test
    void fullWidthDigitsAndDatePunctuationFoldToAscii() {
        assertThat("２０２２－０９／０１．：".codePoints().map(ChineseDates::foldWidth)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("2022-09/01.:");
        assertThat(ChineseDates.foldWidth('\u2212')).isEqualTo('-');
        assertThat(ChineseDates.foldWidth('年')).isEqualTo('年');
    }

    @Test
    void inlineSpacesNeverIncludeALineBreak() {
        for (char c : new char[] {' ', '\t', '\u3000', '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u202F'}) {
            assertThat(ChineseDates.isInlineSpace(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(ChineseDates.isInlineSpace('\n')).isFalse();
        assertThat(ChineseDates.isInlineSpace('\r')).isFalse();
        assertThat(ChineseDates.isInlineSpace('年')).isFalse();
    }
}
