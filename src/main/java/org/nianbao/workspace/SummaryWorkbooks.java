package org.nianbao.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the reviewer's and the province's summary workbooks share: a bold header row, and an atomic write. */
final class SummaryWorkbooks {
    private SummaryWorkbooks() {
    }

    static CellStyle bold(XSSFWorkbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    static void header(Row row, CellStyle bold, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(titles.get(i));
            c.setCellStyle(bold);
        }
    }

    /** Writes to a temporary file beside {@code out} and moves it into place: never a half-written summary. */
    static void write(XSSFWorkbook wb, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".summary", ".xlsx.tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
