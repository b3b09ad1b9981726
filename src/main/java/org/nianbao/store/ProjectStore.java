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

    /** A project as read, with the version of the file it was read from (what a later save checks against). */
    public record Loaded(StoredProject stored, FileVersion version) {
    }

    /**
     * Reads a project and the version of the file it came from. The file is hashed before it is read;
     * if it was replaced while being read (its size, time or identity changed), it is read again.
     */
    public Loaded load(Path file) throws ProjectFileException {
        for (int attempt = 0; ; attempt++) {
            Object before = identity(file);
            FileVersion version;
            try {
                version = FileVersion.of(file);
            } catch (IOException e) {
                version = null; // read() below reports why the file cannot be read
            }
            StoredProject stored = read(file);
            if (version != null && (identity(file).equals(before) || attempt >= 2)) {
                return new Loaded(stored, version);
            }
        }
    }

    private static Object identity(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return java.util.Arrays.asList(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (IOException e) {
            return "";
        }
    }

    /** How long a save waits for another command that is writing the same project. */
    static final java.time.Duration SAVE_WAIT = java.time.Duration.ofSeconds(30);

    /**
     * Writes the project atomically, keeping the file it replaces as {@code <name>.bak}, whatever the
     * file holds now: for new files, copies and tests. Sessions use {@link #save(Path, StoredProject, FileVersion, ProjectLock)}.
     */
    public void save(Path file, StoredProject stored) throws ProjectFileException {
        save(file, stored, null, null);
    }

    public void save(Path file, Project project) throws ProjectFileException {
        save(file, StoredProject.of(project));
    }

    /**
     * Writes the project atomically under the project's lock, but only over the content it was read
     * from: when the file no longer has {@code expected} (another program saved it meanwhile), nothing
     * is written and {@code store.error.changedOnDisk} is thrown.
     *
     * @param expected the version the caller read ({@link FileVersion#ABSENT} for a new file), or null to replace anything
     * @param held     the caller's own lock on the project, or null to take one just for this write
     * @return the version now on disk
     */
    public FileVersion save(Path file, StoredProject stored, FileVersion expected, ProjectLock held) throws ProjectFileException {
        Path target = file.toAbsolutePath();
        ProjectLock own = null;
        try {
            if (held == null || !held.isHeld()) {
                Files.createDirectories(target.getParent()); // a new project may go to a new folder
                own = ProjectLock.acquire(target, held == null ? "nianbao" : held.holder().program(), SAVE_WAIT);
            }
            if (expected != null && !expected.matches(target)) {
                throw ProjectFileException.of("store.error.changedOnDisk", target,
                        "was changed by another program after it was read; nothing was overwritten", null);
            }
            FileVersion.Recording[] recording = new FileVersion.Recording[1];
            AtomicFile.write(target, out -> {
                recording[0] = new FileVersion.Recording(out);
                writeZip(recording[0], stored);
                recording[0].flush();
            }, true);
            return recording[0].version();
        } catch (AccessDeniedException e) {
            throw ProjectFileException.of("store.error.accessDenied", target, "permission denied", e);
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.write", target, "cannot be saved: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        } finally {
            if (own != null) {
                own.close();
            }
        }
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
