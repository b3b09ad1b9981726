package org.nianbao.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Figures the secretary types into a form table rather than the ones counted from the data: the
 * government Tables 1, 3 and 4 of the calendar-year report. {@code cells} maps a table id to its
 * cells, each keyed {@code row|column} by the ids of the kind's table layout; a blank cell is absent.
 */
public record TableEntries(Map<String, Map<String, BigDecimal>> cells) {
    public static final TableEntries NONE = new TableEntries(Map.of());

    public TableEntries {
        // Sorted, so the project file is written the same way every time.
        Map<String, Map<String, BigDecimal>> copy = new TreeMap<>();
        if (cells != null) {
            cells.forEach((table, values) -> {
                if (values != null && !values.isEmpty()) {
                    Map<String, BigDecimal> normalised = new TreeMap<>();
                    values.forEach((cell, value) -> normalised.put(cell,
                            canonical(ValueRanges.figure("cells." + table + "." + cell, table + "/" + cell.replace('|', '/'), value))));
                    copy.put(table, Collections.unmodifiableMap(normalised));
                }
            });
        }
        cells = Collections.unmodifiableMap(copy);
    }

    public Optional<BigDecimal> value(String table, String row, String column) {
        return Optional.ofNullable(cells.getOrDefault(table, Map.of()).get(key(row, column)));
    }

    /** The cell's value as a count, 0 when blank. */
    public BigDecimal valueOrZero(String table, String row, String column) {
        return value(table, row, column).orElse(BigDecimal.ZERO);
    }

    public boolean has(String table) {
        return cells.containsKey(table);
    }

    /** These cells, and {@code under}'s where this has none: typed figures over counted ones. */
    public TableEntries over(TableEntries under) {
        if (under.cells.isEmpty()) {
            return this;
        }
        Map<String, Map<String, BigDecimal>> all = new TreeMap<>();
        under.cells.forEach((table, values) -> all.put(table, new TreeMap<>(values)));
        cells.forEach((table, values) -> all.computeIfAbsent(table, t -> new TreeMap<>()).putAll(values));
        return new TableEntries(all);
    }

    /** Sets a cell, or clears it when {@code value} is null. */
    public TableEntries with(String table, String row, String column, BigDecimal value) {
        Map<String, Map<String, BigDecimal>> all = new TreeMap<>(cells);
        Map<String, BigDecimal> values = new TreeMap<>(all.getOrDefault(table, Map.of()));
        if (value == null) {
            values.remove(key(row, column));
        } else {
            values.put(key(row, column), value);
        }
        all.put(table, values);
        return new TableEntries(all);
    }

    /** 12.50 and 12.5 are one figure; 100 stays 100 rather than 1E+2. */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static String key(String row, String column) {
        return row + "|" + column;
    }
}
