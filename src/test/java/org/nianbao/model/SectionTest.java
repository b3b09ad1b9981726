package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionTest {
    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksJoinLines() {
        Section s = new Section("overview", "概述", "\uFEFF第一段第一行\r\n第一段第二行\r\n\r\n  \r\n第二段。\n");
        assertThat(s.paragraphs()).containsExactly("第一段第一行第一段第二行", "第二段。");
    }

    @Test
    void emptyProseHasNoParagraphs() {
        assertThat(new Section("x", "X", null).paragraphs()).isEmpty();
    }
}
