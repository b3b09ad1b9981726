package org.nianbao.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's cells as read, rows and columns 0-based, with its merged regions and visibility.
 * Rows are kept sparse: a missing row or cell is blank.
 */
public final class SheetData {
    private final String name;
    private final boolean hidden;
    private final List<CellValue[]> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();

    public SheetData(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    public void put(int row, int col, CellValue value) {
        if (row >= 1 << 20 || col >= 1 << 14) { // Excel's grid; a forged A2000000000 would otherwise fill the heap
            throw new Malformed("cell outside Excel's grid: row " + (row + 1) + ", column " + (col + 1));
        }
        while (rows.size() <= row) {
            rows.add(null);
        }
        CellValue[] r = rows.get(row);
        if (r == null || r.length <= col) {
            CellValue[] grown = new CellValue[Math.max(col + 1, r == null ? 8 : r.length * 2)];
            if (r != null) {
                System.arraycopy(r, 0, grown, 0, r.length);
            }
            r = grown;
            rows.set(row, r);
        }
        r[col] = value;
    }

    public CellValue get(int row, int col) {
        if (row >= rows.size() || rows.get(row) == null) {
            return null;
        }
        CellValue[] r = rows.get(row);
        return col < r.length ? r[col] : null;
    }

    /** One past the last row that has a cell. */
    public int rowCount() {
        return rows.size();
    }

    public int columnCount(int row) {
        if (row >= rows.size() || rows.get(row) == null) {
            return 0;
        }
        CellValue[] r = rows.get(row);
        int n = r.length;
        while (n > 0 && r[n - 1] == null) {
            n--;
        }
        return n;
    }

    /** A merged region, inclusive 0-based bounds. */
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new int[] {firstRow, lastRow, firstCol, lastCol});
    }

    /** More cells than any department sheet has; a forged merge over the whole grid stops here. */
    private static final long FILL_BUDGET = 5_000_000;

    /** Copies each merged region's top-left value into all its cells, as a reader of the sheet sees it. */
    public void fillMerges() {
        long budget = FILL_BUDGET;
        for (int[] m : merges) {
            CellValue v = get(m[0], m[2]);
            if (v == null) {
                continue;
            }
            // Guard against absurd regions (whole columns merged) blowing up memory.
            int lastRow = Math.min(m[1], rowCount() - 1);
            int lastCol = Math.min(m[3], m[2] + 255);
            for (int r = m[0]; r <= lastRow; r++) {
                for (int c = m[2]; c <= lastCol; c++) {
                    if (r != m[0] || c != m[2]) {
                        if (--budget < 0) {
                            throw new Malformed("merged regions cover more than " + FILL_BUDGET + " cells");
                        }
                        put(r, c, v);
                    }
                }
            }
        }
    }

    /** What a file claims that no workbook can hold (a cell outside the grid, merged regions beyond reason): the file is damaged. */
    static final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }
}
