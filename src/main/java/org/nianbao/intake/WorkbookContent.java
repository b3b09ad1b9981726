package org.nianbao.intake;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one workbook: its sheets in order and its date system. Content whose sheets
 * are {@linkplain SheetData#streamed streamed} holds the file open until {@link #close closed};
 * closing content held whole does nothing.
 */
public record WorkbookContent(List<SheetData> sheets, boolean date1904, AutoCloseable resources) implements AutoCloseable {
    public WorkbookContent {
        sheets = List.copyOf(sheets);
    }

    public WorkbookContent(List<SheetData> sheets, boolean date1904) {
        this(sheets, date1904, () -> { });
    }

    public Optional<SheetData> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Lets the file go; a failure to close a file only read is of no consequence to what was read. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(WorkbookContent.class).debug("closing a workbook read: {}", e.toString());
        }
    }
}
