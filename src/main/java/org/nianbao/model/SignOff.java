package org.nianbao.model;

import java.time.LocalDate;

/**
 * The signature block: who signs (the institution's full name) and the date written under it.
 * A null date means "the day of export".
 */
public record SignOff(String name, LocalDate date) {
    public SignOff {
        name = Text.clean(name);
        ValueRanges.date("date", date);
    }
}
