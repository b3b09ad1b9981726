package org.nianbao.store;

import java.util.Map;
import java.util.TreeMap;
import org.nianbao.model.Project;

/**
 * A project as held in its file: the data plus the binary entries kept beside it
 * ({@code assets/} such as the seal image, {@code sources/} the workbooks as received), and the fields of
 * {@code project.json} this build does not know ({@link UnknownFields}), so a save keeps what it can of them.
 */
public record StoredProject(Project project, Map<String, byte[]> attachments, UnknownFields unknown) {
    public StoredProject {
        attachments = org.nianbao.model.Sorted.copyOf(attachments);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public StoredProject(Project project, Map<String, byte[]> attachments) {
        this(project, attachments, UnknownFields.NONE);
    }

    public static StoredProject of(Project project) {
        return new StoredProject(project, Map.of());
    }

    public StoredProject with(Project changed) {
        return new StoredProject(changed, attachments, unknown);
    }

    /** Adds or replaces one binary entry ({@code assets/…} or {@code sources/…}). */
    public StoredProject withAttachment(String name, byte[] bytes) {
        if (!ProjectStore.isAttachmentName(name)) {
            throw new IllegalArgumentException("Not an attachment entry name: " + name);
        }
        Map<String, byte[]> all = new TreeMap<>(attachments);
        all.put(name, bytes.clone());
        return new StoredProject(project, all, unknown);
    }

    public StoredProject withoutAttachment(String name) {
        Map<String, byte[]> all = new TreeMap<>(attachments);
        all.remove(name);
        return new StoredProject(project, all, unknown);
    }

    /** Entry names in a stable order, so the same project always writes the same ZIP. */
    Map<String, byte[]> sortedAttachments() {
        return new TreeMap<>(attachments);
    }
}
