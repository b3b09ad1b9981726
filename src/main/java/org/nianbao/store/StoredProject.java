package org.nianbao.store;

import java.util.Map;
import java.util.TreeMap;
import org.nianbao.model.Project;

/**
 * A project as held in its file: the data plus the binary entries kept beside it
 * ({@code assets/} such as the seal image, {@code sources/} the workbooks as received, each an
 * {@link Attachment} that is read only when needed), and the fields of {@code project.json} this build
 * does not know ({@link UnknownFields}), so a save keeps what it can of them.
 */
public record StoredProject(Project project, Map<String, Attachment> attachments, UnknownFields unknown) {
    public StoredProject {
        attachments = org.nianbao.model.Sorted.copyOf(attachments);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public StoredProject(Project project, Map<String, Attachment> attachments) {
        this(project, attachments, UnknownFields.NONE);
    }

    public static StoredProject of(Project project) {
        return new StoredProject(project, Map.of());
    }

    public StoredProject with(Project changed) {
        return new StoredProject(changed, attachments, unknown);
    }

    /** Adds or replaces one binary entry ({@code assets/…} or {@code sources/…}), held in memory. */
    public StoredProject withAttachment(String name, byte[] bytes) {
        return withAttachment(name, Attachment.of(bytes));
    }

    /** Adds or replaces one binary entry ({@code assets/…} or {@code sources/…}). */
    public StoredProject withAttachment(String name, Attachment content) {
        if (!ProjectStore.isAttachmentName(name)) {
            throw new IllegalArgumentException("Not an attachment entry name: " + name);
        }
        Map<String, Attachment> all = new TreeMap<>(attachments);
        all.put(name, content);
        return new StoredProject(project, all, unknown);
    }

    public StoredProject withoutAttachment(String name) {
        Map<String, Attachment> all = new TreeMap<>(attachments);
        all.remove(name);
        return new StoredProject(project, all, unknown);
    }

    /**
     * This project once a save wrote {@code written} (this project, or an earlier state of it) to a file
     * whose entries are {@code entries}: each entry it still read from a project file (maybe a recovery
     * copy, which goes after the save) is read from the new file from now on. Entries held in memory and
     * private copies stay as they are: the app keeps its copies whatever happens to the file.
     */
    StoredProject savedAs(Map<String, Attachment> entries, StoredProject written) {
        Map<String, Attachment> all = new TreeMap<>(attachments);
        boolean changed = false;
        for (Map.Entry<String, Attachment> e : attachments.entrySet()) {
            Attachment now = entries.get(e.getKey());
            if (now != null && written.attachments().get(e.getKey()) == e.getValue() && e.getValue() instanceof Attachment.InProjectFile) {
                all.put(e.getKey(), now);
                changed = true;
            }
        }
        return changed ? new StoredProject(project, all, unknown) : this;
    }
}
