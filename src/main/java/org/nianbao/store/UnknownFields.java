package org.nianbao.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code project.json} held that this build does not know (a newer build's field, a hand-added
 * note). Fields at the top of the file are kept as they were and written back on save; a field this
 * build does not know inside a section, a submission or a record cannot be put back where it was once
 * those change, so it is named ({@link #dropped}) for a warning before a save loses it.
 *
 * @param kept    top-level fields, by name, as read
 * @param dropped where each other unknown field was, in project.json's words ({@code submissions[0].reviewer})
 */
public record UnknownFields(Map<String, JsonNode> kept, List<String> dropped) {
    public static final UnknownFields NONE = new UnknownFields(Map.of(), List.of());

    public UnknownFields {
        Map<String, JsonNode> copy = new TreeMap<>();
        kept.forEach((name, value) -> copy.put(name, value.deepCopy()));
        kept = java.util.Collections.unmodifiableMap(copy);
        dropped = List.copyOf(dropped);
    }

    public boolean isEmpty() {
        return kept.isEmpty() && dropped.isEmpty();
    }
}
