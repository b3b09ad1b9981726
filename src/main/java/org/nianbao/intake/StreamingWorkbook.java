package org.nianbao.intake;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** POI's streaming workbook (SXSSF) for the large workbooks we write, set to write a plain ZIP. */
public final class StreamingWorkbook {
    private StreamingWorkbook() {
    }

    /** Keeps {@code rowsInMemory} rows per sheet in memory; the rest go to a temporary file. */
    public static SXSSFWorkbook create(int rowsInMemory) {
        SXSSFWorkbook wb = new SXSSFWorkbook(rowsInMemory);
        // POI's default (Zip64Mode.Always) writes ZIP64 data descriptors (8-byte sizes) without the ZIP64
        // extra field that tells a reader to expect them, so readers that go through the local headers
        // (java.util.zip.ZipInputStream, streaming unzip tools) misread every entry. No part of ours nears
        // the 4 GB where ZIP64 would be needed, so write classic entries, as XSSFWorkbook does.
        wb.setZip64Mode(Zip64Mode.Never);
        return wb;
    }
}
