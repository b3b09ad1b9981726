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
}
