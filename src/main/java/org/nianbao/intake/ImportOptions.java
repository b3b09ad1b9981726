package org.nianbao.intake;

import java.util.Map;

/**
 * What the secretary says about a file: whose it is (for tables not made from our template),
 * header overrides ({@code 发布时间=date}) and a category for rows that name none.
 */
public record ImportOptions(String department, Map<String, String> columnMap, String defaultCategory) {
    public ImportOptions {
        department = department == null ? "" : department.strip();
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
        defaultCategory = defaultCategory == null ? "" : defaultCategory.strip();
    }

    public static ImportOptions none() {
        return new ImportOptions("", Map.of(), "");
    }
}
