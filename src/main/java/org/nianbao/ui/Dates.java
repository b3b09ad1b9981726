package org.nianbao.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers show and accept 2022-10-28 whatever the system's locale (never the US 10/28/2022). */
final class Dates {
    private Dates() {
    }

    static DatePicker picker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        p.setPromptText("2022-10-28");
        return p;
    }

    /**
     * The report date a picker suggests for a project: a few days before its kind's deadline (2022-10-28 for
     * 2021-2022), never a date of another year.
     */
    static String reportDatePrompt(org.nianbao.workspace.ProjectSession s) {
        return s.kind().deadline(s.project().year()).minusDays(3).toString();
    }
}
