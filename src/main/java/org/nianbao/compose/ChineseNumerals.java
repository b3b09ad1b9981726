package org.nianbao.compose;

/** Small counting numbers as Chinese headings write them: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Only 1..99 are written as Chinese numerals here: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 1) {
            sb.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }
}
