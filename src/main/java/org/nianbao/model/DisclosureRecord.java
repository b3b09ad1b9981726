package org.nianbao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item a department published (主动公开) during the window.
 *
 * @param channel  a channel id of the kind (e.g. {@code website}) or, for a channel the kind does
 *                 not know, the name as the department wrote it (kept as a new channel of the project)
 * @param category the 清单 category number, or 0 for 未分类
 * @param item     the 清单 item number, or 0 when only the category is known
 */
public record DisclosureRecord(LocalDate date, String title, String channel, int category, int item,
                               String link, String note, SourceRef source) {
    public DisclosureRecord {
        Objects.requireNonNull(date, "date");
        ValueRanges.date("date", date);
        ValueRanges.category(category);
        ValueRanges.item(item);
        title = Text.clean(title);
        channel = Text.clean(channel);
        link = Text.clean(link);
        note = Text.clean(note);
    }

    /** Two records are the same publication when date, title and channel agree. */
    public String duplicateKey() {
        return date + "\u0000" + title + "\u0000" + channel;
    }
}
