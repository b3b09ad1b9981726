package org.nianbao.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates the XML parts of a DOCX or XLSX against the full ECMA-376 schemas, compiled by XMLBeans
 * in {@code poi-ooxml-full} (a test dependency).
 *
 * <p>The app ships with {@code poi-ooxml-lite}, which holds only the types POI itself touches, under
 * the same class names and the same type system name. So the full jar is kept off the tests' class
 * path (Maven passes its path in {@value #JAR_PROPERTY}) and read here through a class loader that
 * looks in it before its parent; every other test runs on the classes the app ships with. Run from an
 * IDE, where the full jar may sit on the class path behind the lite one, it is found there instead.
 */
public final class OoxmlSchemas {
    static final String JAR_PROPERTY = "nianbao.test.ooxmlFullJar";
    private static final String TYPE_SYSTEM = "org/apache/poi/schemas/ooxml/system/ooxml/TypeSystemHolder";
    private static final SchemaTypeLoader FULL = load();

    private OoxmlSchemas() {
    }

    /** One XML part: its root element, whether the schemas know it, and what the validator said. */
    public record Part(String name, QName root, boolean typed, List<String> errors) {
    }

    /** Every XML part of the package (.xml and .rels entries), parsed and, where typed, validated. */
    public static List<Part> validate(Path file) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.add(validate(name, in));
                }
            }
        }
        return parts;
    }

    private static Part validate(String name, InputStream in) throws IOException {
        List<XmlError> errors = new ArrayList<>();
        XmlObject doc;
        try {
            doc = FULL.parse(in, null, new XmlOptions().setLoadLineNumbers().setErrorListener(errors));
        } catch (XmlException e) {
            return new Part(name, null, false, List.of("not well-formed XML: " + e.getMessage()));
        }
        QName root;
        try (XmlCursor c = doc.newCursor()) {
            c.toFirstChild();
            root = c.getName();
        }
        // A root element no schema declares parses as an untyped document.
        boolean typed = doc.schemaType().isDocumentType();
        if (typed) {
            doc.validate(new XmlOptions().setErrorListener(errors));
        }
        return new Part(name, root, typed, errors.stream().map(OoxmlSchemas::describe).toList());
    }

    /** The message, and where: the line (parts are often one line long) and the element's path and markup. */
    private static String describe(XmlError e) {
        StringBuilder s = new StringBuilder();
        if (e.getLine() > 0) {
            s.append("line ").append(e.getLine()).append(": ");
        }
        s.append(e.getMessage());
        if (e.getCursorLocation() != null) {
            try (XmlCursor c = e.getCursorLocation().newCursor()) {
                if (!c.isStart()) {
                    c.toParent();
                }
                String markup = c.xmlText();
                s.append(" at ").append(path(c)).append(' ')
                        .append(markup.length() > 160 ? markup.substring(0, 160) + "…" : markup);
            }
        }
        return s.toString();
    }

    private static String path(XmlCursor at) {
        List<String> names = new ArrayList<>();
        try (XmlCursor c = at.newCursor()) {
            do {
                names.add(0, c.getName().getLocalPart());
            } while (c.toParent() && c.isStart());
        }
        return "/" + String.join("/", names);
    }

    /** For testing the validator itself: one part's XML. */
    public static Part validate(String name, String xml) throws IOException {
        return validate(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static SchemaTypeLoader load() {
        try {
            URL full = fullJar();
            ClassLoader loader = new FullJarFirst(full, OoxmlSchemas.class.getClassLoader());
            Class<?> holder = Class.forName(TYPE_SYSTEM.replace('/', '.'), true, loader);
            SchemaTypeSystem system = (SchemaTypeSystem) holder.getField("typeSystem").get(null);
            return XmlBeans.typeLoaderUnion(system, XmlBeans.getBuiltinTypeSystem());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("poi-ooxml-full's type system could not be loaded", e);
        }
    }

    /** The poi-ooxml-full jar: as Maven names it, else among the jars on the class path with that type system. */
    private static URL fullJar() throws IOException {
        String named = System.getProperty(JAR_PROPERTY, "");
        if (!named.isEmpty() && Files.isRegularFile(Path.of(named))) {
            return Path.of(named).toUri().toURL();
        }
        Enumeration<URL> found = OoxmlSchemas.class.getClassLoader().getResources(TYPE_SYSTEM + ".class");
        List<String> seen = new ArrayList<>();
        while (found.hasMoreElements()) {
            URL url = found.nextElement();
            if (url.openConnection() instanceof JarURLConnection jar) {
                URL jarFile = jar.getJarFileURL();
                if (jarFile.getPath().contains("poi-ooxml-full")) {
                    return jarFile;
                }
            }
            seen.add(url.toString());
        }
        throw new IllegalStateException("poi-ooxml-full not found: " + JAR_PROPERTY + "=\"" + named
                + "\", and on the class path only " + seen);
    }

    /** Classes and resources from the full jar first, everything else (XMLBeans itself) from the parent. */
    private static final class FullJarFirst extends URLClassLoader {
        FullJarFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notInTheJar) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
