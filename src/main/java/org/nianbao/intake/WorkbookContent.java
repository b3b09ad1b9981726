package org.nianbao.intake;

import java.util.List;
import java.util.Optional;

/** Everything read from one workbook: its sheets in order and its date system. */
public record WorkbookContent(List<SheetData> sheets, boolean date1904) {
    public WorkbookContent {
        sheets = List.copyOf(sheets);
    }

    public Optional<SheetData> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
