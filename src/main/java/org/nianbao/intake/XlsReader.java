package org.nianbao.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads legacy .xls (BIFF8) through HSSF; such files hold at most 65,536 rows a sheet. */
final class XlsReader {
    private XlsReader() {
    }

    static WorkbookContent read(POIFSFileSystem fs) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
            List<SheetData> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                SheetData sheet = new SheetData(s.getSheetName(), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i));
                for (Row r : s) {
                    for (Cell c : r) {
                        CellValue v = value(c);
                        if (v != null) {
                            sheet.put(r.getRowNum(), c.getColumnIndex(), v);
                        }
                    }
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    sheet.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
                }
                sheet.fillMerges();
                sheets.add(sheet);
            }
            return new WorkbookContent(sheets, date1904);
        }
    }

    private static CellValue value(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> CellValue.text(c.getRichStringCellValue().getString());
            case NUMERIC -> CellValue.number(c.getNumericCellValue(), DateUtil.isCellDateFormatted(c));
            case BOOLEAN -> new CellValue(CellValue.Type.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE", 0);
            case ERROR -> new CellValue(CellValue.Type.ERROR, "#ERR", 0);
            default -> null;
        };
    }
}
