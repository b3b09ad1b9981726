package org.nianbao.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sheet's cells as read, rows and columns 0-based, with its merged regions and visibility.
 * Rows are kept sparse: a missing row or cell is blank.
 *
 * <p>A sheet is either held whole, or {@linkplain #streamed streamed}: its rows are read from the file as
 * they are asked for, in order, and only the first {@value #KEPT_ROWS} rows and the last
 * {@value #WINDOW} asked for are kept, so a million-row sheet costs what a few rows cost. A streamed
 * sheet reads the same as a whole one, merged regions filled, as long as it is read forward (a row
 * already passed and dropped is a bug in the reader and throws {@link IllegalStateException}).
 */
public final class SheetData {
    /** Rows a streamed sheet always keeps: where its header rows are looked for. */
    static final int KEPT_ROWS = 64;
    /** Rows a streamed sheet keeps before the last one asked for. */
    static final int WINDOW = 64;

    private final String name;
    private final boolean hidden;
    private final List<CellValue[]> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    /** Null when the sheet is held whole. */
    private final Stream stream;

    public SheetData(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
        this.stream = null;
    }

    private SheetData(String name, boolean hidden, int rowCount, List<int[]> merges, Feed feed) {
        this.name = name;
        this.hidden = hidden;
        this.merges.addAll(merges);
        this.stream = new Stream(rowCount, feed);
    }

    /**
     * A sheet whose cells {@code feed} puts as they are read. A first pass over the sheet has given its
     * row count (one past the last row with a cell) and its merged regions, and has found its cells'
     * rows never go back (else the sheet is to be held whole).
     */
    static SheetData streamed(String name, boolean hidden, int rowCount, List<int[]> merges, Feed feed) {
        return new SheetData(name, hidden, rowCount, merges, feed);
    }

    /** Where a streamed sheet's cells come from, in the order the file has them. */
    interface Feed {
        /**
         * Reads on until at least one more cell has been {@linkplain SheetData#put put} into {@code sheet};
         * false at the end of the sheet.
         */
        boolean next(SheetData sheet) throws Exception;
    }

    /** Reading a streamed sheet's file failed part-way; the cause is what the reader threw. */
    static final class StreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamFailure(Throwable cause) {
            super(cause);
        }
    }

    /** Throws {@link Malformed} for a merged region that starts before the first row or column. */
    static void checkRegion(int firstRow, int firstCol) {
        if (firstRow < 0 || firstCol < 0) {
            throw new Malformed("merged region starting before the first row or column");
        }
    }

    /** Throws {@link Malformed} for a cell outside Excel's grid. */
    static void checkInGrid(int row, int col) {
        if (row < 0 || col < 0 || row >= 1 << 20 || col >= 1 << 14) { // Excel's grid; a forged A2000000000 would otherwise fill the heap
            throw new Malformed("cell outside Excel's grid: row " + (row + 1) + ", column " + (col + 1));
        }
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    public void put(int row, int col, CellValue value) {
        checkInGrid(row, col);
        if (stream != null) {
            stream.lastCellRow = row;
            stream.store(row, col, value);
            return;
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
        if (stream != null) {
            CellValue[] r = stream.row(row);
            return r != null && col < r.length ? r[col] : null;
        }
        if (row >= rows.size() || rows.get(row) == null) {
            return null;
        }
        CellValue[] r = rows.get(row);
        return col < r.length ? r[col] : null;
    }

    /** One past the last row that has a cell. */
    public int rowCount() {
        return stream != null ? stream.rowCount : rows.size();
    }

    public int columnCount(int row) {
        CellValue[] r;
        if (stream != null) {
            r = stream.row(row);
        } else {
            r = row < rows.size() ? rows.get(row) : null;
        }
        if (r == null) {
            return 0;
        }
        int n = r.length;
        while (n > 0 && r[n - 1] == null) {
            n--;
        }
        return n;
    }

    /** A merged region, inclusive 0-based bounds. */
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        checkRegion(firstRow, firstCol);
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
            for (int r = m[0]; r <= lastFilledRow(m); r++) {
                budget = fillRow(m, r, v, budget);
            }
        }
    }

    /** The last row a merged region fills: none past the sheet's last cell. */
    private int lastFilledRow(int[] m) {
        return Math.min(m[1], rowCount() - 1);
    }

    /** Fills one row of merged region {@code m} with {@code v}; returns the budget left. */
    private long fillRow(int[] m, int r, CellValue v, long budget) {
        // Guard against absurd regions (whole columns merged) blowing up memory.
        int lastCol = Math.min(m[3], m[2] + 255);
        for (int c = m[2]; c <= lastCol; c++) {
            if (r != m[0] || c != m[2]) {
                if (--budget < 0) {
                    throw new Malformed("merged regions cover more than " + FILL_BUDGET + " cells");
                }
                if (stream != null) {
                    stream.store(r, c, v);
                } else {
                    put(r, c, v);
                }
            }
        }
        return budget;
    }

    /**
     * A streamed sheet's state: the rows kept, how far the file has been read, and the merged regions
     * being filled. Each row is filled as {@link #fillMerges} would fill it once it is complete (a cell of
     * a later row has been read), regions in the same order, so overlapping regions end up the same.
     */
    private final class Stream {
        final int rowCount;
        final Feed feed;
        final Map<Integer, CellValue[]> kept = new HashMap<>();
        /** The row of the last cell the file gave; rows before it are complete. */
        int lastCellRow = -1;
        boolean ended;
        /** Rows before this one have had their merged regions filled. */
        int filledTo;
        /** Rows from {@link #KEPT_ROWS} up to (not including) this one have been dropped. */
        int droppedTo = KEPT_ROWS;
        long budget = FILL_BUDGET;
        /** Merged regions by first row, and those (by their place in the list) that reach the row being filled. */
        final List<Integer> byFirstRow = new ArrayList<>();
        int nextRegion;
        final TreeMap<Integer, CellValue> active = new TreeMap<>();

        Stream(int rowCount, Feed feed) {
            this.rowCount = rowCount;
            this.feed = feed;
        }

        void store(int row, int col, CellValue value) {
            CellValue[] r = kept.get(row);
            if (r == null || r.length <= col) {
                CellValue[] grown = new CellValue[Math.max(col + 1, r == null ? 8 : r.length * 2)];
                if (r != null) {
                    System.arraycopy(r, 0, grown, 0, r.length);
                }
                r = grown;
                kept.put(row, r);
            }
            r[col] = value;
        }

        /** Row {@code row} complete and filled, reading the file as far as needed; null when it has no cell. */
        CellValue[] row(int row) {
            if (row >= droppedTo || row < KEPT_ROWS) {
                if (row >= filledTo && row < rowCount) {
                    readThrough(row);
                }
                drop(Math.min(row, filledTo) - WINDOW);
                return kept.get(row);
            }
            throw new IllegalStateException("row " + (row + 1) + " of sheet " + name + " was read past and dropped");
        }

        private void readThrough(int row) {
            try {
                while (!ended && lastCellRow <= row) {
                    if (!feed.next(SheetData.this)) {
                        ended = true;
                    }
                }
                int complete = ended ? rowCount - 1 : lastCellRow - 1;
                while (filledTo <= complete) {
                    fill(filledTo++);
                }
            } catch (Malformed e) {
                throw new StreamFailure(e);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
                throw new StreamFailure(e);
            }
        }

        /** Fills row {@code r}'s part of every merged region that reaches it, as {@link #fillMerges} does. */
        private void fill(int r) {
            if (byFirstRow.isEmpty() && !merges.isEmpty()) {
                for (int i = 0; i < merges.size(); i++) {
                    byFirstRow.add(i);
                }
                byFirstRow.sort(Comparator.comparingInt(i -> merges.get(i)[0]));
            }
            while (nextRegion < byFirstRow.size() && merges.get(byFirstRow.get(nextRegion))[0] <= r) {
                active.put(byFirstRow.get(nextRegion++), null);
            }
            // Regions are visited in their order in the file, as fillMerges visits them: a region's value is
            // its top-left cell once the regions before it have filled that cell.
            Iterator<Map.Entry<Integer, CellValue>> it = active.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Integer, CellValue> e = it.next();
                int[] m = merges.get(e.getKey());
                if (r > lastFilledRow(m)) {
                    it.remove();
                    continue;
                }
                if (r == m[0]) { // a region's first row is never negative (see merge), so it is met here first
                    CellValue[] top = kept.get(r);
                    CellValue v = top != null && m[2] < top.length ? top[m[2]] : null;
                    if (v == null) {
                        it.remove();
                        continue;
                    }
                    e.setValue(v);
                }
                budget = fillRow(m, r, e.getValue(), budget);
            }
        }

        private void drop(int below) {
            while (droppedTo < below) {
                kept.remove(droppedTo++);
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
