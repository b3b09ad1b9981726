package org.nianbao.model;

/**
 * Where an imported value came from: the workbook as received (name and SHA-256, stored under
 * {@code sources/} in the project), the sheet and the 1-based row.
 */
public record SourceRef(String file, String sha256, String sheet, int row) {
    public SourceRef {
        file = Text.clean(file);
        sha256 = Text.clean(sha256);
        sheet = Text.clean(sheet);
    }

    /** "教务处.xlsx/主动公开/7": the place a finding about this row names. */
    public String location() {
        return file + "/" + sheet + "/" + row;
    }
}
