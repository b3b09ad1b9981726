package org.nianbao.store;

import org.nianbao.platform.AtomicFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /**
     * The schema this build writes; it reads this and every older one. 2: the disclosure records are in
     * {@code records.jsonl} beside {@code project.json} (1: inside it, which a 2 file may also do).
     */
    public static final int SCHEMA_VERSION = 2;
    /** The first schema whose files may hold {@code records.jsonl}. */
    static final int RECORDS_ENTRY_SCHEMA = 2;
    public static final String EXTENSION = ".nianbao";
    static final String PROJECT_JSON = "project.json";
    private static final FileTime FIXED_TIME = FileTime.fromMillis(0);

    private final ProjectLimits limits;
    private final ObjectMapper mapper;

    public ProjectStore() {
        this(ProjectLimits.STANDARD);
    }

    /** A store with other limits (tests use small ones to reach them quickly). */
    public ProjectStore(ProjectLimits limits) {
        this.limits = limits;
        this.mapper = ProjectJson.mapper(limits);
    }

    public ProjectLimits limits() {
        return limits;
    }

    public StoredProject read(Path file) throws ProjectFileException {
        return read(file, true, false);
    }

    /** As {@link #read(Path)}, with the workbooks copied out privately as by {@link #load(Path, boolean)}. */
    public StoredProject readWithPrivateCopies(Path file) throws ProjectFileException {
        return read(file, true, true);
    }

    /**
     * Only the project, its entries under {@code assets/} and {@code sources/} left unread (last year's
     * project, read for its figures): checked against the same limits, without holding its workbooks.
     */
    public Project readProjectOnly(Path file) throws ProjectFileException {
        return read(file, false, false).project();
    }

    /**
     * @param privateCopies the workbooks under {@code sources/} copied out privately while they are checked
     *                      ({@link Attachment#copyOf}), not left in the file: for a session that stays open
     *                      while other programs may change, move or delete the file (the app)
     */
    private StoredProject read(Path file, boolean withAttachments, boolean privateCopies) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw ProjectFileException.of("store.error.notFound", file, "no such project file", null);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw ProjectFileException.of("store.error.tooManyEntries", file, "more than " + limits.maxEntries() + " entries",
                        null, String.valueOf(zip.size()), String.valueOf(limits.maxEntries()));
            }
            checkNamesAndDeclaredSizes(zip, file, withAttachments);
            ZipEntry jsonEntry = zip.getEntry(PROJECT_JSON);
            if (jsonEntry == null) {
                throw ProjectFileException.of("store.error.corrupt", file, "project.json is missing", null);
            }
            JsonNode tree;
            try (InputStream in = new LimitedInput(zip.getInputStream(jsonEntry), PROJECT_JSON, limits.maxJsonBytes())) {
                tree = mapper.readTree(in);
            }
            Read read = fromTree(tree, file);
            Project project = read.project();
            int schema = tree.get("schemaVersion").asInt();
            ZipEntry recordsEntry = zip.getEntry(RecordsFile.ENTRY);
            if (recordsEntry != null && schema < RECORDS_ENTRY_SCHEMA) {
                throw ProjectFileException.of("store.error.unknownEntry", file, "holds the entry " + RecordsFile.ENTRY
                        + ", which schema " + schema + " does not have", null, RecordsFile.ENTRY);
            }
            if (recordsEntry != null) {
                tree = null; // the records may need the memory
                try (InputStream in = new LimitedInput(zip.getInputStream(recordsEntry), RecordsFile.ENTRY, limits.maxRecordsBytes())) {
                    project = RecordsFile.read(mapper.getFactory(), in, project);
                } catch (RecordsFile.BadLine bad) {
                    throw invalidRecord(file, bad);
                }
            }
            Map<String, Attachment> attachments = new LinkedHashMap<>();
            if (!withAttachments) {
                return new StoredProject(project, attachments, read.unknown());
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(PROJECT_JSON) || name.equals(RecordsFile.ENTRY)) {
                    continue;
                }
                if (!isAttachmentName(name)) {
                    // A save would drop it without a word: what this build does not know, it does not pretend to keep.
                    throw ProjectFileException.of("store.error.unknownEntry", file, "holds the entry " + name
                            + ", which this version does not know", null, name);
                }
                // Every entry is read through once (its size and CRC checked: a damaged project is refused now,
                // not at its next save): those under assets/ into memory, the workbooks under sources/ into a
                // private copy or nowhere (they stay in the file until a save copies them).
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                Attachment content = null;
                long size;
                try (InputStream in = new java.util.zip.CheckedInputStream(
                        new LimitedInput(zip.getInputStream(entry), name, limits.maxAttachmentBytes()), crc)) {
                    if (name.startsWith("assets/")) {
                        content = Attachment.of(in.readAllBytes());
                        size = content.size();
                    } else if (privateCopies) {
                        content = Attachment.Copy.of(in);
                        size = content.size();
                    } else {
                        size = in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                if (size != entry.getSize() || crc.getValue() != entry.getCrc()) {
                    throw ProjectFileException.of("store.error.corrupt", file, "not a readable Nianbao project (" + name
                            + " does not have the size and CRC its ZIP entry gives)", null);
                }
                total += size;
                if (total > limits.maxTotalBytes()) {
                    throw ProjectFileException.of("store.error.entriesTooLarge", file, "entries larger than "
                            + limits.maxTotalBytes() + " bytes in all", null, ProjectLimits.size(limits.maxTotalBytes()));
                }
                attachments.put(name, content != null ? content : Attachment.inProjectFile(file, name, size, entry.getCrc()));
            }
            return new StoredProject(project, attachments, read.unknown());
        } catch (LimitExceeded e) {
            throw ProjectFileException.of("store.error.entryTooLarge", file, e.entry + " is larger than " + e.limit + " bytes",
                    e, e.entry, ProjectLimits.size(e.limit));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw ProjectFileException.of("store.error.tooDeep", file, "project.json is nested too deeply: " + e.getOriginalMessage(),
                    e, String.valueOf(limits.maxNesting()));
        } catch (ZipException | JsonProcessingException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonParseException p && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate field")) {
                // Which of the two values did the person mean? Neither is taken.
                throw ProjectFileException.of("store.error.duplicateKey", file, "project.json " + p.getOriginalMessage(), e,
                        p.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1"), String.valueOf(p.getLocation().getLineNr()));
            }
            throw ProjectFileException.of("store.error.corrupt", file, "not a readable Nianbao project (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            // java.util.zip's answer to an entry name that is not UTF-8 (found by ProjectFilesFuzzTest).
            throw ProjectFileException.of("store.error.corrupt", file, "not a readable Nianbao project (" + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.of("store.error.notFound", file, "no such project file", e);
        } catch (AccessDeniedException e) {
            throw ProjectFileException.of("store.error.accessDenied", file, "permission denied", e);
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.read", file, "cannot be read: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw outOfMemory(file, e);
        }
    }

    /**
     * Refuses, before anything is inflated, a ZIP whose names repeat (two {@code project.json}: which one
     * is the project?) or whose entries say they are larger than the limits.
     */
    private void checkNamesAndDeclaredSizes(ZipFile zip, Path file, boolean withAttachments) throws ProjectFileException {
        java.util.Set<String> names = new java.util.HashSet<>();
        long declared = 0;
        long assets = 0;
        long json = 0;
        long records = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (!names.add(entry.getName())) {
                throw ProjectFileException.of("store.error.duplicateEntry", file, "the entry " + entry.getName() + " appears twice",
                        null, entry.getName());
            }
            long limit = entry.getName().equals(PROJECT_JSON) ? limits.maxJsonBytes()
                    : entry.getName().equals(RecordsFile.ENTRY) ? limits.maxRecordsBytes() : limits.maxAttachmentBytes();
            if (entry.getSize() > limit) {
                throw ProjectFileException.of("store.error.entryTooLarge", file, entry.getName() + " is larger than " + limit + " bytes",
                        null, entry.getName(), ProjectLimits.size(limit));
            }
            if (entry.getName().equals(PROJECT_JSON)) {
                json = Math.max(0, entry.getSize());
            } else if (entry.getName().equals(RecordsFile.ENTRY)) {
                records = Math.max(0, entry.getSize());
            } else {
                declared += Math.max(0, entry.getSize());
                if (entry.getName().startsWith("assets/")) {
                    assets += Math.max(0, entry.getSize());
                }
            }
        }
        if (declared > limits.maxTotalBytes()) {
            throw ProjectFileException.of("store.error.entriesTooLarge", file, "entries larger than " + limits.maxTotalBytes()
                    + " bytes in all", null, ProjectLimits.size(limits.maxTotalBytes()));
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        // The entries under assets/ are held in memory once read (those under sources/ stay in the file),
        // project.json a few times over while it is parsed; the records about as large as their lines
        // (shared dates and names make up for the objects).
        long needed = (withAttachments ? assets : 0) + 3 * json + records;
        if (needed > free) {
            throw ProjectFileException.of("store.error.outOfMemory", file, "needs more memory than this Java has", null,
                    ProjectLimits.size(needed), ProjectLimits.size(rt.maxMemory()), suggestedHeapMb(needed));
        }
    }

    private static String suggestedHeapMb(long needed) {
        long mb = Math.max(1024, (needed * 3 / (1024 * 1024) + 511) / 512 * 512);
        return String.valueOf(mb);
    }

    private static ProjectFileException outOfMemory(Path file, OutOfMemoryError e) {
        Runtime rt = Runtime.getRuntime();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException io) {
            size = 0;
        }
        return ProjectFileException.of("store.error.outOfMemory", file, "ran out of memory while reading", e,
                ProjectLimits.size(size), ProjectLimits.size(rt.maxMemory()), suggestedHeapMb(Math.max(size, rt.maxMemory())));
    }

    /** Stops reading an entry past its limit, however the ZIP declared it (a zip bomb inflates far beyond its size). */
    private static final class LimitedInput extends java.io.FilterInputStream {
        private final String entry;
        private final long limit;
        private long count;

        LimitedInput(InputStream in, String entry, long limit) {
            super(in);
            this.entry = entry;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new LimitExceeded(entry, limit);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0 && (count += n) > limit) {
                throw new LimitExceeded(entry, limit);
            }
            return n;
        }
    }

    /** Past a limit: reading stops at once (and for writing, nothing is kept). */
    private static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final String entry;
        final long limit;

        LimitExceeded(String entry, long limit) {
            super(entry + " is larger than " + limit + " bytes");
            this.entry = entry;
            this.limit = limit;
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
        return load(file, false);
    }

    /**
     * As {@link #load(Path)}; with {@code privateCopies}, the workbooks under {@code sources/} are copied out
     * privately as they are checked (one read), so the project no longer depends on its file: for a
     * session that stays open while others may save, move or delete it (the app).
     */
    public Loaded load(Path file, boolean privateCopies) throws ProjectFileException {
        for (int attempt = 0; ; attempt++) {
            Object before = identity(file);
            FileVersion version;
            try {
                version = FileVersion.of(file);
            } catch (IOException e) {
                version = null; // read() below reports why the file cannot be read
            }
            StoredProject stored = read(file, true, privateCopies);
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
        return write(file, stored, expected, held).version();
    }

    /**
     * What a save wrote: the version now on disk, and each binary entry as the new file holds it (for
     * {@link #afterSave}).
     */
    public record Saved(FileVersion version, StoredProject written, Map<String, Attachment> entries) {
    }

    /**
     * {@code now} (the project as it stands after {@code saved}, maybe changed since) with the binary
     * entries it still holds as they were written read from the new file from now on.
     */
    public static StoredProject afterSave(StoredProject now, Saved saved) {
        return now.savedAs(saved.entries(), saved.written());
    }

    /** As {@link #save(Path, StoredProject, FileVersion, ProjectLock)}, telling what was written. */
    public Saved write(Path file, StoredProject stored, FileVersion expected, ProjectLock held) throws ProjectFileException {
        Path target = file.toAbsolutePath();
        ProjectLock own = null;
        try {
            if (held == null || !held.isHeld()) {
                Files.createDirectories(target.getParent()); // a new project may go to a new folder
                own = ProjectLock.acquire(target, held == null ? "nianbao" : held.holder().program(), SAVE_WAIT);
            }
            checkAttachments(target, stored);
            if (expected != null && !expected.matches(target)) {
                throw ProjectFileException.of("store.error.changedOnDisk", target,
                        "was changed by another program after it was read; nothing was overwritten", null);
            }
            FileVersion.Recording[] recording = new FileVersion.Recording[1];
            Map<String, Attachment> entries = new java.util.TreeMap<>();
            AtomicFile.write(target, out -> {
                recording[0] = new FileVersion.Recording(out);
                entries.clear();
                writeZip(recording[0], stored, target, entries);
                recording[0].flush();
            }, true);
            return new Saved(recording[0].version(), stored, entries);
        } catch (LimitExceeded e) {
            if (e.entry.equals(RecordsFile.ENTRY)) {
                throw ProjectFileException.of("store.error.recordsTooLarge", target, RecordsFile.ENTRY + " would be larger than " + e.limit
                        + " bytes, which no Nianbao could open again; nothing was written", e, ProjectLimits.size(e.limit));
            }
            throw ProjectFileException.of("store.error.jsonTooLarge", target, "project.json would be larger than " + e.limit
                    + " bytes, which no Nianbao could open again; nothing was written", e, ProjectLimits.size(e.limit));
        } catch (AttachmentUnreadable e) {
            throw ProjectFileException.of("store.error.attachmentUnreadable", target, "cannot be saved: " + e.entry
                    + " cannot be read (" + e.getCause().getMessage() + "); nothing was written", e, e.entry,
                    String.valueOf(e.getCause().getMessage()));
        } catch (AccessDeniedException e) {
            throw ProjectFileException.of("store.error.accessDenied", target, "permission denied", e);
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.write", target, "cannot be saved: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            Runtime rt = Runtime.getRuntime();
            throw ProjectFileException.of("store.error.saveOutOfMemory", target, "ran out of memory while saving; nothing was written",
                    e, ProjectLimits.size(rt.maxMemory()), suggestedHeapMb(rt.maxMemory() * 2));
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    /** The JSON text of a project as the file holds it (also used for diffs and tests). */
    public String toJson(Project project) {
        try {
            return mapper.writeValueAsString(new ProjectJson.FileContent(SCHEMA_VERSION, project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be written as JSON", e);
        }
    }

    /** Refuses, before anything is written, entries a load would refuse. */
    private void checkAttachments(Path file, StoredProject stored) throws ProjectFileException {
        if (stored.attachments().size() + 1 > limits.maxEntries()) {
            throw ProjectFileException.of("store.error.saveTooManyEntries", file, "more than " + limits.maxEntries() + " entries",
                    null, String.valueOf(limits.maxEntries()));
        }
        long total = 0;
        for (Map.Entry<String, Attachment> e : stored.attachments().entrySet()) {
            if (e.getValue().size() > limits.maxAttachmentBytes()) {
                throw ProjectFileException.of("store.error.saveEntryTooLarge", file, e.getKey() + " is larger than "
                        + limits.maxAttachmentBytes() + " bytes", null, e.getKey(), ProjectLimits.size(e.getValue().size()),
                        ProjectLimits.size(limits.maxAttachmentBytes()));
            }
            total += e.getValue().size();
        }
        if (total > limits.maxTotalBytes()) {
            throw ProjectFileException.of("store.error.saveEntriesTooLarge", file, "entries larger than " + limits.maxTotalBytes()
                    + " bytes in all", null, ProjectLimits.size(total), ProjectLimits.size(limits.maxTotalBytes()));
        }
    }

    /** A project as project.json gives it, with the fields this build does not know. */
    private record Read(Project project, UnknownFields unknown) {
    }

    /** Notes where each field Jackson does not know was, and skips its value. */
    private static final class UnknownFieldNoter extends com.fasterxml.jackson.databind.deser.DeserializationProblemHandler {
        private final java.util.List<String> found;

        private final ObjectMapper mapper;
        private final Map<Class<?>, java.util.Set<String>> written = new java.util.HashMap<>();

        UnknownFieldNoter(ObjectMapper mapper, java.util.List<String> found) {
            this.mapper = mapper;
            this.found = found;
        }

        /** What a save writes for a type but a load does not take back (derived values such as a submission's carriedForward). */
        private java.util.Set<String> writtenByThisBuild(Class<?> type) {
            return written.computeIfAbsent(type, t -> {
                java.util.Set<String> names = new java.util.HashSet<>();
                mapper.getSerializationConfig().introspect(mapper.constructType(t)).findProperties()
                        .forEach(prop -> {
                            if (prop.couldSerialize()) {
                                names.add(prop.getName());
                            }
                        });
                return names;
            });
        }

        @Override
        public boolean handleUnknownProperty(com.fasterxml.jackson.databind.DeserializationContext ctxt,
                                             com.fasterxml.jackson.core.JsonParser p,
                                             com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            com.fasterxml.jackson.core.JsonStreamContext owner = p.getParsingContext();
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                    || p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                owner = owner.getParent(); // the parser already stands inside the field's value
            }
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!writtenByThisBuild(type).contains(propertyName)) {
                String where = propertyName;
                for (com.fasterxml.jackson.core.JsonStreamContext c = owner.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                    where = c.inArray() ? "[" + c.getCurrentIndex() + "]" + (where.startsWith("[") ? "" : ".") + where
                            : c.getCurrentName() + (where.startsWith("[") ? "" : ".") + where;
                }
                found.add(where);
            }
            p.skipChildren();
            return true;
        }
    }

    private Read fromTree(JsonNode tree, Path file) throws ProjectFileException {
        if (tree == null || !tree.isObject()) {
            throw ProjectFileException.of("store.error.corrupt", file, "project.json is not a JSON object", null);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw ProjectFileException.of("store.error.corrupt", file, "project.json has no valid schemaVersion", null);
        }
        int schema = version.asInt();
        if (schema > SCHEMA_VERSION) {
            throw ProjectFileException.of("store.error.newerSchema", file,
                    "written by a newer Nianbao (schema " + schema + "; this version reads up to " + SCHEMA_VERSION + ")",
                    null, schema, SCHEMA_VERSION);
        }
        ObjectNode body = (ObjectNode) tree;
        java.util.List<String> unknown = new java.util.ArrayList<>();
        try {
            Project project = mapper.readerFor(Project.class).withHandler(new UnknownFieldNoter(mapper, unknown)).readValue(body);
            Map<String, JsonNode> kept = new java.util.TreeMap<>();
            java.util.List<String> dropped = new java.util.ArrayList<>();
            for (String where : unknown) {
                if (where.equals("schemaVersion")) {
                    continue;
                }
                if (where.contains(".") || where.contains("[")) {
                    dropped.add(where);
                } else {
                    kept.put(where, body.get(where));
                }
            }
            return new Read(project, new UnknownFields(kept, dropped));
        } catch (JsonMappingException e) {
            String where = jsonPath(e.getPath());
            Object why = new org.nianbao.i18n.Messages.Nested("store.error.valueUnusable");
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.nianbao.model.InvalidValueException v) {
                    why = new org.nianbao.i18n.Messages.Nested(v.key(), v.args());
                    if (!v.field().isEmpty()) {
                        where = where.isEmpty() ? v.field() : where + "." + v.field();
                    }
                    break;
                }
            }
            Object reason = new org.nianbao.i18n.Messages.Nested("store.error.because", why);
            throw ProjectFileException.of("store.error.invalidContent", file,
                    "project.json has an invalid value at " + where + ": " + e.getOriginalMessage(), e, where, reason);
        } catch (IOException | IllegalArgumentException e) {
            throw ProjectFileException.of("store.error.invalidContent", file, "project.json is invalid: " + e.getMessage(), e, "", "");
        }
    }

    /** A line of records.jsonl no save writes: refused like a bad value in project.json, naming the line. */
    private static ProjectFileException invalidRecord(Path file, RecordsFile.BadLine bad) {
        Object why = bad.invalid != null
                ? new org.nianbao.i18n.Messages.Nested(bad.invalid.key(), bad.invalid.args())
                : new org.nianbao.i18n.Messages.Nested("store.error.valueUnusable");
        String where = RecordsFile.ENTRY + ":" + bad.line + (bad.invalid != null && !bad.invalid.field().isEmpty() ? "." + bad.invalid.field() : "");
        return ProjectFileException.of("store.error.invalidContent", file, bad.getMessage(), bad, where,
                new org.nianbao.i18n.Messages.Nested("store.error.because", why));
    }

    /** Where in project.json, as its own names read: {@code submissions[0].applications[3].fee}, not Java class names. */
    static String jsonPath(java.util.List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                where.append(where.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                where.append('[').append(r.getIndex()).append(']');
            }
        }
        return where.toString();
    }

    /** A binary entry that could not be read while saving (its file changed or went): the save stops. */
    private static final class AttachmentUnreadable extends IOException {
        private static final long serialVersionUID = 1L;
        final String entry;

        AttachmentUnreadable(String entry, IOException cause) {
            super(entry + ": " + cause.getMessage(), cause);
            this.entry = entry;
        }
    }

    /** Copies one entry's content; a failure to read it is told apart from a failure to write the file. */
    private static void copy(String name, Attachment content, OutputStream zip) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = openAttachment(name, content)) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw new AttachmentUnreadable(name, e);
                }
                if (n < 0) {
                    return;
                }
                zip.write(buffer, 0, n);
            }
        }
    }

    private static InputStream openAttachment(String name, Attachment content) throws AttachmentUnreadable {
        try {
            return content.open();
        } catch (IOException e) {
            throw new AttachmentUnreadable(name, e);
        }
    }

    private void writeZip(OutputStream out, StoredProject stored, Path target, Map<String, Attachment> written) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ZipEntry jsonEntry = new ZipEntry(PROJECT_JSON);
        jsonEntry.setLastModifiedTime(FIXED_TIME);
        zip.putNextEntry(jsonEntry);
        // Streamed, counted on the way: past the read limit the save stops and nothing is kept.
        LimitedOutput json = new LimitedOutput(zip, PROJECT_JSON, limits.maxJsonBytes());
        mapper.writeValue(json, new ProjectJson.FileContent(SCHEMA_VERSION, RecordsFile.withoutRecords(stored.project()),
                stored.unknown().kept()));
        json.flush();
        zip.closeEntry();
        if (RecordsFile.hasRecords(stored.project())) {
            ZipEntry recordsEntry = new ZipEntry(RecordsFile.ENTRY);
            recordsEntry.setLastModifiedTime(FIXED_TIME);
            zip.putNextEntry(recordsEntry);
            LimitedOutput lines = new LimitedOutput(zip, RecordsFile.ENTRY, limits.maxRecordsBytes());
            RecordsFile.write(mapper.getFactory(), lines, stored.project());
            lines.flush();
            zip.closeEntry();
        }
        for (Map.Entry<String, Attachment> e : stored.attachments().entrySet()) {
            if (!isAttachmentName(e.getKey())) {
                throw new IllegalArgumentException("Not an attachment entry name: " + e.getKey());
            }
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setLastModifiedTime(FIXED_TIME);
            zip.putNextEntry(entry);
            copy(e.getKey(), e.getValue(), zip);
            zip.closeEntry(); // sets the entry's size and CRC
            written.put(e.getKey(), Attachment.inProjectFile(target, e.getKey(), entry.getSize(), entry.getCrc()));
        }
        zip.finish();
    }

    /** Counts what goes into {@code project.json} and stops past the limit; leaves the ZIP open. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {
        private final String entry;
        private final long limit;
        private long count;

        LimitedOutput(OutputStream out, String entry, long limit) {
            super(out);
            this.entry = entry;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count > limit) {
                throw new LimitExceeded(entry, limit);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if ((count += len) > limit) {
                throw new LimitExceeded(entry, limit);
            }
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * An entry under {@code assets/} or {@code sources/} that stays inside the project wherever it is
     * unpacked: no {@code .}/{@code ..}/empty path segment, no backslash, no NUL. Two dots inside a name
     * ({@code 教务处..xlsx}, {@code v1..2.xlsx}) are an ordinary file name.
     */
    public static boolean isAttachmentName(String name) {
        if (!(name.startsWith("assets/") || name.startsWith("sources/")) || name.length() >= 512
                || name.contains("\\") || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }


}
