package org.nianbao.check;

/**
 * A figure as the prose writes it, with its hedge, read as the range of values it allows: 250余 or
 * 250多 → at least 250, below 260 (the next step of its last digit: 1300余 → below 1400); 约500 →
 * ±10 %; 近700 → 630 to 700; 超过/逾300 → above 300; 4.2万 → within half its last digit. The one
 * place these words are read, for the figures-against-data and the totals-against-parts checks.
 *
 * @param high inclusive upper bound, widened by a hair so that a sum of bounds never rejects a fit
 */
record Approximate(double low, double high) {

    /**
     * @param qualifier 约, 近, 超过, 逾, 达, 共… or empty
     * @param number    the digits as written (250, 4.2)
     * @param wan       followed by 万
     * @param atLeast   followed by 余 or 多
     */
    static Approximate of(String qualifier, String number, boolean wan, boolean atLeast) {
        double scale = wan ? 10_000 : 1;
        double n = Double.parseDouble(number) * scale;
        double step = lastDigitUnit(number) * scale;
        double low = n;
        double high = n;
        if (atLeast) {
            high = n + step;
        } else if (wan) {
            low = n - step / 2;
            high = n + step / 2;
        }
        switch (qualifier == null ? "" : qualifier) {
            case "约" -> {
                low = Math.min(low, n - Math.max(n * 0.1, 1));
                high = Math.max(high, n + Math.max(n * 0.1, 1));
            }
            case "近" -> low = Math.min(low, n * 0.9);
            case "超过", "逾" -> high = Math.max(high, n * 10);
            default -> {
            }
        }
        return new Approximate(low, high);
    }

    /** 250 → 10, 1300 → 100, 7 → 1, 4.2 → 0.1: the value of the written figure's last significant digit. */
    static double lastDigitUnit(String number) {
        int dot = number.indexOf('.');
        if (dot >= 0) {
            return Math.pow(10, -(number.length() - dot - 1));
        }
        int zeros = 0;
        for (int i = number.length() - 1; i > 0 && number.charAt(i) == '0'; i--) {
            zeros++;
        }
        return Math.pow(10, zeros);
    }

    /** True if {@code value} is one the written figure allows; the upper bound of 余 is exclusive. */
    boolean admits(double value, boolean atLeast) {
        return value >= low && (atLeast ? value < high : value <= high);
    }
}
