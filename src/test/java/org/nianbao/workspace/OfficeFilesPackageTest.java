package org.nianbao.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.OfficeFiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The package around the XML holds together (ECMA-376 Part 2, Open Packaging Conventions): every
 * part has a content type and is reached through relationships from the package root, every
 * relationship finds its part, no relationship id repeats in a part's relationships, no part name
 * repeats, and a reader that streams the ZIP (local headers, no central directory) reads the same
 * parts. A dangling or duplicate reference is what makes Word and WPS offer a repair.
 */
class OfficeFilesPackageTest {
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    @TempDir
    static Path dir;
    static List<OfficeFiles.Written> files;

    @BeforeAll
    static void writeEveryKindOfOfficeFile() throws Exception {
        files = OfficeFiles.writeAll(dir);
    }

    @Test
    void everyPartHasAContentTypeAndIsReferencedAndEveryRelationshipFindsItsPartUnderAnIdOfItsOwn() throws Exception {
        List<String> problems = new ArrayList<>();
        for (OfficeFiles.Written written : files) {
            check(written.file()).forEach(p -> problems.add(written + ": " + p));
        }
        assertThat(files).as("files written").hasSizeGreaterThanOrEqualTo(13);
        assertThat(problems).as("package problems in the files we write").isEmpty();
    }

    @Test
    void theCheckNamesARepeatedIdADanglingTargetAndAnUntypedUnreferencedPart() throws Exception {
        Path broken = dir.resolve("broken.docx");
        try (var out = new ZipOutputStream(Files.newOutputStream(broken))) {
            put(out, "[Content_Types].xml", "<Types xmlns=\"" + CONTENT_TYPES_NS + "\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(out, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"t\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId1\" Type=\"t\" Target=\"word/missing.xml\"/></Relationships>");
            put(out, "word/document.xml", "<document/>");
            put(out, "word/orphan.xml", "<orphan/>");
        }
        assertThat(check(broken)).anySatisfy(p -> assertThat(p).contains("rId1").contains("more than once"))
                .anySatisfy(p -> assertThat(p).contains("/word/missing.xml").contains("not in the package"))
                .anySatisfy(p -> assertThat(p).contains("/word/orphan.xml").contains("no content type"))
                .anySatisfy(p -> assertThat(p).contains("/word/orphan.xml").contains("no relationship"));
    }

    private static void put(ZipOutputStream out, String name, String xml) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** What is wrong with the package, in words; empty when nothing is. */
    static List<String> check(Path file) throws Exception {
        List<String> problems = new ArrayList<>();
        // Part names as stored, keyed by their case-folded form: OPC compares part names case-insensitively.
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = "/" + e.getName();
                names.put(key(name), name);
                try (InputStream in = zip.getInputStream(e)) {
                    if (parts.put(key(name), in.readAllBytes()) != null) {
                        problems.add("part " + name + " is stored more than once");
                    }
                }
            }
        }
        // Readers that stream the file (no central directory) must see the same parts.
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] streamed = zip.readAllBytes();
                if (!e.isDirectory() && !Arrays.equals(streamed, parts.get(key("/" + e.getName())))) {
                    problems.add("part /" + e.getName() + " reads differently through its local header");
                }
            }
        } catch (ZipException e) {
            problems.add("a streaming ZIP reader cannot read the file: " + e.getMessage());
        }
        byte[] types = parts.get(key("/[Content_Types].xml"));
        if (types == null) {
            return List.of("no [Content_Types].xml");
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        Element typesRoot = parse(types);
        for (Element d : children(typesRoot, CONTENT_TYPES_NS, "Default")) {
            if (defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType")) != null) {
                problems.add("content type default for ." + d.getAttribute("Extension") + " given more than once");
            }
        }
        for (Element o : children(typesRoot, CONTENT_TYPES_NS, "Override")) {
            String name = o.getAttribute("PartName");
            if (overrides.put(key(name), o.getAttribute("ContentType")) != null) {
                problems.add("content type override for " + name + " given more than once");
            }
            if (!parts.containsKey(key(name))) {
                problems.add("content type override for " + name + ", which is not in the package");
            }
        }

        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add("/");
        while (!toVisit.isEmpty()) {
            String source = toVisit.poll();
            String rels = relsOf(source);
            byte[] xml = parts.get(key(rels));
            if (xml == null) {
                continue;
            }
            reached.add(key(rels));
            Set<String> ids = new HashSet<>();
            for (Element r : children(parse(xml), RELATIONSHIPS_NS, "Relationship")) {
                String id = r.getAttribute("Id");
                if (!ids.add(id)) {
                    problems.add(rels + ": relationship id " + id + " used more than once");
                }
                if ("External".equals(r.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = resolve(source, r.getAttribute("Target"));
                if (!parts.containsKey(key(target))) {
                    problems.add(rels + ": relationship " + id + " points to " + target + ", which is not in the package");
                } else if (reached.add(key(target))) {
                    toVisit.add(target);
                }
            }
        }

        for (String name : parts.keySet().stream().map(names::get).toList()) {
            if (name.equals("/[Content_Types].xml")) {
                continue;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!overrides.containsKey(key(name)) && !defaults.containsKey(extension)) {
                problems.add("part " + name + " has no content type");
            }
            if (!reached.contains(key(name))) {
                problems.add(name.contains("/_rels/")
                        ? "relationships " + name + " belong to no part that is reached"
                        : "part " + name + " is reached by no relationship");
            }
        }
        return problems;
    }

    /** {@code /word/document.xml} → {@code /word/_rels/document.xml.rels}; the package → {@code /_rels/.rels}. */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash) + "/_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship target, relative to its source part's folder unless it starts with "/". */
    private static String resolve(String source, String target) {
        String base = source.substring(0, source.lastIndexOf('/') + 1);
        String joined = target.startsWith("/") ? target : base + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : joined.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
            } else {
                segments.add(s);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String key(String partName) {
        return partName.toLowerCase(Locale.ROOT);
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return f.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
