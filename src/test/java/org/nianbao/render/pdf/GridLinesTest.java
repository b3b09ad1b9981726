package org.nianbao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nianbao.render.fonts.FontRole;

/** Line breaking on the grid, with widths made up: a Chinese character 10 pt, a Latin one 5 pt. */
class GridLinesTest {
    private static List<GridLines.Glyph> glyphs(String text) {
        return text.codePoints().mapToObj(c -> c < 0x80
                ? new GridLines.Glyph(c, FontRole.LATIN, false, 5)
                : new GridLines.Glyph(c, FontRole.BODY, true, 10)).toList();
    }

    private static List<String> lines(String text, float width, boolean justify) {
        return GridLines.lines(glyphs(text), width, width, justify, 10).stream()
                .map(l -> text.substring(text.offsetByCodePoints(0, l.from()), text.offsetByCodePoints(0, l.to()))).toList();
    }

    @Test
    void aLineTakesAsManyCharactersAsFitAndNeverStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        assertThat(lines("一二三四五六七八九十", 50, true)).containsExactly("一二三四五", "六七八九十");
        assertThat(lines("一二三四五，六七八九", 50, true)).containsExactly("一二三四", "五，六七八", "九");
        assertThat(lines("一二三四（五）六七", 50, true)).containsExactly("一二三四", "（五）六七");
    }

    @Test
    void urlsAndAddressesBreakAfterTheirSeparatorsWithNoHyphenButNumbersStayWhole() {
        assertThat(lines("见https://xxgk.example.edu.cn/a_b", 70, false))
                .containsExactly("见https://", "xxgk.example.", "edu.cn/a_b");
        assertThat(lines("甲ab@cd.ef", 30, false)).containsExactly("甲ab@", "cd.ef");
        assertThat(lines("一二三2021-2022年", 60, false)).containsExactly("一二三", "2021-2022年");
        assertThat(lines("一二三四五96.8%", 60, false)).containsExactly("一二三四五", "96.8%");
    }

    @Test
    void aJustifiedLineStretchesALittleOrStaysRagged() {
        // Twenty cells wide; 丙 may not end the line before "，", so 19 characters leave one cell over 18 gaps.
        List<GridLines.Line> small = GridLines.lines(glyphs("甲".repeat(18) + "乙丙，丁"), 200, 200, true, 10);
        assertThat(small.get(0).to()).isEqualTo(19);
        assertThat(small.get(0).stretch()).isCloseTo(10f / 18, Offset.offset(0.001f));
        // In a ten-cell line the same cell over eight gaps is more than a tenth of a character each: ragged.
        assertThat(GridLines.lines(glyphs("一二三四五六七八九十，"), 100, 100, true, 10).get(0).stretch()).isZero();
        // Before a run that cannot break and fills the next line, seven cells are left: ragged.
        List<GridLines.Line> ragged = GridLines.lines(glyphs("一二三abcdefghijklmnopqrst"), 100, 100, true, 10);
        assertThat(ragged.get(0).to()).isEqualTo(3);
        assertThat(ragged.get(0).stretch()).isZero();
        // The last line is never justified.
        assertThat(small.get(small.size() - 1).stretch()).isZero();
    }
}
