import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that the one jar runs on every system it claims: each OS's JavaFX glass classes, each OS's and
 * architecture's native libraries (read from the files' own headers: PE machine, ELF e_machine, Mach-O
 * cputype), nothing of Linux or macOS left at the root where the other architecture would be found first,
 * the licence list, and every service provider a service in the jar names. Run with the JDK's single-file
 * launcher, no build needed:
 *
 *   java packaging/CheckJar.java target/nianbao.jar [max MB]
 */
public class CheckJar {
    static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/nianbao.jar");
        long maxMb = args.length > 1 ? Long.parseLong(args[1]) : 80;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String cls : List.of("com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class",
                    "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/glass/ui/mac/MacApplication.class",
                    "org/nianbao/Main.class", "THIRD-PARTY.txt", "org/nianbao/render/fonts/OFL.txt")) {
                if (zip.getEntry(cls) == null) {
                    problems.add("missing " + cls);
                }
            }
            expect(zip, "", List.of("glass.dll", "prism_d3d.dll", "javafx_font.dll", "msvcp140.dll"), "PE x86-64");
            String n = "org/nianbao/natives/";
            List<String> unix = List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libjavafx_font_freetype.so");
            List<String> mac = List.of("libglass.dylib", "libprism_es2.dylib", "libjavafx_font.dylib");
            expect(zip, n + "linux-x64/", unix, "ELF x86-64");
            expect(zip, n + "linux-aarch64/", unix, "ELF aarch64");
            expect(zip, n + "mac-x64/", mac, "Mach-O x86-64");
            expect(zip, n + "mac-aarch64/", mac, "Mach-O arm64");
            zip.stream().map(ZipEntry::getName)
                    .filter(e -> !e.contains("/") && (e.endsWith(".so") || e.endsWith(".dylib") || e.endsWith(".jar")))
                    .forEach(e -> problems.add("at the jar's root, where JavaFX would load it on every machine: " + e));
            services(zip);
            long mb = Files.size(jar) / (1024 * 1024);
            System.out.println("jar: " + jar + ", " + mb + " MB, " + zip.size() + " entries");
            if (mb > maxMb) {
                problems.add("the jar is " + mb + " MB, more than " + maxMb + " MB");
            }
        }
        // The un-shaded jar beside it holds our classes only: a jar made from last build's shaded one would carry
        // every dependency twice (a build without clean).
        Path original = jar.resolveSibling("original-" + jar.getFileName());
        if (Files.exists(original)) {
            try (ZipFile zip = new ZipFile(original.toFile())) {
                if (zip.getEntry("org/apache/poi/ss/usermodel/Workbook.class") != null) {
                    problems.add(original + " holds the dependencies: it was made from an earlier shaded jar");
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("CheckJar: " + p));
            System.exit(1);
        }
        System.out.println("jar holds JavaFX for Windows x64, Linux x64/aarch64, macOS x64/aarch64 and THIRD-PARTY.txt");
    }

    /**
     * The shade step leaves out classes nothing reaches in code (minimizeJar); a service provider is reached only
     * through ServiceLoader, so each provider of a service whose interface the jar holds must be in the jar. (A service
     * file whose interface was left out, e.g. POI's WorkbookProvider, can never be loaded.)
     */
    static void services(ZipFile zip) throws IOException {
        for (ZipEntry e : zip.stream().filter(e -> e.getName().startsWith("META-INF/services/") && !e.isDirectory()).toList()) {
            String service = e.getName().substring("META-INF/services/".length());
            if (zip.getEntry(service.replace('.', '/') + ".class") == null) {
                continue;
            }
            String text;
            try (InputStream in = zip.getInputStream(e)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .filter(provider -> zip.getEntry(provider.replace('.', '/') + ".class") == null)
                    .forEach(provider -> problems.add("service " + service + ": its provider " + provider + " was left out"));
        }
    }

    static void expect(ZipFile zip, String folder, List<String> names, String kind) throws IOException {
        for (String name : names) {
            ZipEntry e = zip.getEntry(folder + name);
            if (e == null) {
                problems.add("missing " + folder + name + " (" + kind + ")");
                continue;
            }
            byte[] head;
            try (InputStream in = zip.getInputStream(e)) {
                head = in.readNBytes(4096);
            }
            String found = kindOf(head);
            if (!found.equals(kind)) {
                problems.add(folder + name + " is " + found + ", not " + kind);
            }
        }
    }

    /** What a native library is built for, from its header. */
    static String kindOf(byte[] h) {
        if (h.length > 0x40 && h[0] == 'M' && h[1] == 'Z') {
            int pe = u32le(h, 0x3c);
            if (pe + 6 <= h.length && h[pe] == 'P' && h[pe + 1] == 'E') {
                int machine = u16le(h, pe + 4);
                return machine == 0x8664 ? "PE x86-64" : machine == 0xaa64 ? "PE arm64" : "PE machine " + Integer.toHexString(machine);
            }
        }
        if (h.length > 20 && h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            int machine = u16le(h, 18);
            return machine == 0x3e ? "ELF x86-64" : machine == 0xb7 ? "ELF aarch64" : "ELF machine " + machine;
        }
        if (h.length > 8 && u32le(h, 0) == 0xfeedfacf) {
            int cpu = u32le(h, 4);
            return cpu == 0x01000007 ? "Mach-O x86-64" : cpu == 0x0100000c ? "Mach-O arm64" : "Mach-O cpu " + Integer.toHexString(cpu);
        }
        return "unknown";
    }

    static int u16le(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    static int u32le(byte[] b, int i) {
        return u16le(b, i) | u16le(b, i + 2) << 16;
    }
}
