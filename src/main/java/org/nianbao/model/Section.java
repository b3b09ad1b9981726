package org.nianbao.model;

import java.util.Arrays;
import java.util.List;

/**
 * One part of the report's outline with the prose written for it.
 *
 * @param id      stable id from the report kind (e.g. {@code proactive}); never shown to users
 * @param heading the heading as this project writes it, without its numbering (一、 is added on output)
 * @param prose   the text; paragraphs are separated by blank lines
 */
public record Section(String id, String heading, String prose) {

    public Section {
        id = Text.clean(id);
        heading = Text.clean(heading);
        prose = Text.normaliseProse(prose);
        if (id.isEmpty()) {
            throw new InvalidValueException("model.section.idMissing", "A section has no id");
        }
    }

    public Section withProse(String newProse) {
        return new Section(id, heading, newProse);
    }

    public Section withHeading(String newHeading) {
        return new Section(id, newHeading, prose);
    }

    /** The prose split into paragraphs: blank lines separate them, single line breaks join. */
    public List<String> paragraphs() {
        return paragraphsOf(prose);
    }

    public static List<String> paragraphsOf(String prose) {
        if (prose == null || prose.isBlank()) {
            return List.of();
        }
        return Arrays.stream(prose.split("\\n\\s*\\n"))
                .map(p -> p.strip().replaceAll("\\s*\\n\\s*", ""))
                .filter(p -> !p.isEmpty())
                .toList();
    }

}
