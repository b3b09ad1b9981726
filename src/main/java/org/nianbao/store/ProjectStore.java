package org.nianbao.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nianbao.model.Project;

/**
 * Reads and writes {@code .nianbao} files: a ZIP with {@code project.json} and binary entries under
 * {@code assets/} and {@code sources/}.
 *
 * <p>Saving is atomic: the new file is written beside the old one, flushed to disk and renamed over
 * it, after the old one was copied to {@code <name>.bak}. A failure at any point leaves the previous
 * file as it was. Reading refuses corrupt files and files from a newer schema without touching them.
 */
public final class ProjectStore {
    /** The schema this build writes; it reads this and every older one it has a migration for. */
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".nianbao";
    static final String PROJECT_JSON = "project.json";
    /** Generous limits that real projects never reach but that stop zip bombs. */
    private static final long MAX_JSON_BYTES = 256L * 1024 * 1024;
    private static final long MAX_ATTACHMENT_BYTES = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final FileTime FIXED_TIME = FileTime.fromMillis(0);

    private final ObjectMapper mapper = ProjectJson.mapper();

    public StoredProject read(Path file) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw ProjectFileException.of("store.error.notFound", file, "no such project file", null);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw ProjectFileException.of("store.error.corrupt", file, "too many entries", null);
            }
            ZipEntry jsonEntry = zip.getEntry(PROJECT_JSON);
            if (jsonEntry == null) {
                throw ProjectFileException.of("store.error.corrupt", file, "project.json is missing", null);
            }
            JsonNode tree;
            try (InputStream in = zip.getInputStream(jsonEntry)) {
                tree = mapper.readTree(readLimited(in, MAX_JSON_BYTES, file));
            }
            Project project = fromTree(tree, file);
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(PROJECT_JSON)) {
                    continue;
                }
                if (!isAttachmentName(name)) {
                    continue; // unknown entries from a newer build of the same schema are ignored
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    attachments.put(name, readLimited(in, MAX_ATTACHMENT_BYTES, file));
                }
            }
            return new StoredProject(project, attachments);
        } catch (ZipException | JsonProcessingException e) {
            throw ProjectFileException.of("store.error.corrupt", file, "not a readable Nianbao project (" + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.of("store.error.notFound", file, "no such project file", e);
        } catch (AccessDeniedException e) {
            throw ProjectFileException.of("store.error.accessDenied", file, "permission denied", e);
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.read", file, "cannot be read: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        }
    }

    public Project readProject(Path file) throws ProjectFileException {
        return read(file).project();
    }

    /** Writes the project atomically, keeping the file it replaces as {@code <name>.bak}. */
    public void save(Path file, StoredProject stored) throws ProjectFileException {
        Path target = file.toAbsolutePath();
        try {
            AtomicFile.write(target, out -> writeZip(out, stored), true);
        } catch (AccessDeniedException e) {
            throw ProjectFileException.of("store.error.accessDenied", target, "permission denied", e);
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.write", target, "cannot be saved: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        }
    }

    public void save(Path file, Project project) throws ProjectFileException {
        save(file, StoredProject.of(project));
    }

    /** The JSON text of a project as the file holds it (also used for diffs and tests). */
    public String toJson(Project project) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(project));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be written as JSON", e);
        }
    }

    private Project fromTree(JsonNode tree, Path file) throws ProjectFileException {
        if (tree == null || !tree.isObject()) {
            throw ProjectFileException.of("store.error.corrupt", file, "project.json is not a JSON object", null);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw ProjectFileException.of("store.error.corrupt", file, "project.json has no valid schemaVersion", null);
        }
        int schema = version.asInt();
        if (schema > SCHEMA_VERSION) {
            throw ProjectFileException.of("store.error.newerSchema", file,
                    "written by a newer Nianbao (schema " + schema + "; this version reads up to " + SCHEMA_VERSION + ")",
                    null, schema, SCHEMA_VERSION);
        }
        ObjectNode body = ((ObjectNode) tree).deepCopy();
        body.remove("schemaVersion");
        try {
            return mapper.treeToValue(body, Project.class);
        } catch (JsonMappingException e) {
            String where = e.getPathReference() == null ? "" : e.getPathReference();
            throw ProjectFileException.of("store.error.invalidContent", file,
                    "project.json has an invalid value at " + where + ": " + e.getOriginalMessage(), e, where);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProjectFileException.of("store.error.invalidContent", file, "project.json is invalid: " + e.getMessage(), e, "");
        }
    }

    private void writeZip(OutputStream out, StoredProject stored) throws IOException {
        byte[] json = toJson(stored.project()).getBytes(StandardCharsets.UTF_8);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        putEntry(zip, PROJECT_JSON, json);
        for (Map.Entry<String, byte[]> e : stored.sortedAttachments().entrySet()) {
            if (!isAttachmentName(e.getKey())) {
                throw new IllegalArgumentException("Not an attachment entry name: " + e.getKey());
            }
            putEntry(zip, e.getKey(), e.getValue());
        }
        zip.finish();
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static boolean isAttachmentName(String name) {
        return (name.startsWith("assets/") || name.startsWith("sources/"))
                && !name.contains("..") && !name.contains("\\") && name.length() < 512;
    }

    private static byte[] readLimited(InputStream in, long limit, Path file) throws IOException, ProjectFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw ProjectFileException.of("store.error.corrupt", file, "an entry is larger than " + limit + " bytes", null);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

}
