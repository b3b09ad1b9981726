package org.nianbao.model;

/**
 * Small counting numbers written in Chinese: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, and back.
 * The one place headings, category numerals, part counts and dates read or write them.
 */
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

    /** 〇, 零 and ○ (what many input methods give for 〇) are zero; 一 … 九 their digits; -1 otherwise. */
    public static int digit(int c) {
        return switch (c) {
            case '〇', '零', '○' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** "五" → 5, "十" → 10, "十二" → 12, "二十" → 20, "二十一" → 21; Arabic digits pass through; -1 if unreadable. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
