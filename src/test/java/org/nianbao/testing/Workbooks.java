package org.nianbao.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook back in a test, .xlsx or .xls by its first bytes. Not POI's WorkbookFactory: the product never
 * uses it, so the shaded jar the tests also run on (the jar-tests execution) does not hold it.
 */
public final class Workbooks {
    private Workbooks() {
    }

    public static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return open(in);
        }
    }

    public static Workbook open(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        boolean zip = buffered.read() == 'P' && buffered.read() == 'K';
        buffered.reset();
        return zip ? new XSSFWorkbook(buffered) : new HSSFWorkbook(buffered);
    }
}
