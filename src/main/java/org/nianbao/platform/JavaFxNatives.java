package org.nianbao.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's native libraries for the machine the one jar runs on. The jar carries them for Windows x64 at its
 * root (JavaFX's own loader unpacks those) and for Linux and macOS, x64 and aarch64, under
 * {@code org/nianbao/natives/<os>-<arch>/}: the two architectures' files have the same names, so they cannot
 * both sit at the root. Before JavaFX starts, the running machine's set is unpacked into the JavaFX cache
 * folder and put first on {@code java.library.path}, where JavaFX looks after its jar's root.
 * From a Maven class path (tests, {@code javafx:run}) there is no such folder and nothing is done.
 */
public final class JavaFxNatives {
    static final String FOLDER = "org/nianbao/natives/";

    private JavaFxNatives() {
    }

    /**
     * The jar's name for a system: {@code linux-x64}, {@code linux-aarch64}, {@code mac-x64},
     * {@code mac-aarch64}, {@code win-x64}; empty where OpenJFX publishes no natives (e.g. loongarch64).
     */
    public static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> "";
        };
        if (arch.isEmpty()) {
            return Optional.empty();
        }
        if (os.startsWith("windows")) {
            return arch.equals("x64") ? Optional.of("win-x64") : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return Optional.of("mac-" + arch);
        }
        if (os.startsWith("linux")) {
            return Optional.of("linux-" + arch);
        }
        return Optional.empty();
    }

    /**
     * When running from the one jar: unpacks this machine's natives under {@code cacheDir} and puts that
     * folder first on {@code java.library.path}. Returns the folder, or empty when there is nothing to do.
     */
    public static Optional<Path> prepare(Path cacheDir) throws IOException {
        Optional<Path> jar = runningJar();
        Optional<String> platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (jar.isEmpty() || platform.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> folder = unpack(jar.get(), platform.get(), cacheDir);
        folder.ifPresent(f -> {
            String path = System.getProperty("java.library.path", "");
            System.setProperty("java.library.path", path.isEmpty() ? f.toString() : f + File.pathSeparator + path);
        });
        return folder;
    }

    /**
     * Copies the jar's {@code org/nianbao/natives/<platform>/} files into {@code cacheDir/<platform>/}; a file
     * already there with the same size and checksum is left alone (a second start, or a second window, writes
     * nothing), another is replaced whole (written aside, then moved), never half-written.
     *
     * @return the folder, or empty when the jar has no natives for the platform
     */
    public static Optional<Path> unpack(Path jar, String platform, Path cacheDir) throws IOException {
        String prefix = FOLDER + platform + "/";
        Path target = cacheDir.resolve(platform);
        boolean any = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                any = true;
                Path file = target.resolve(name.substring(prefix.length()));
                if (same(file, e)) {
                    continue;
                }
                Files.createDirectories(target);
                Path tmp = Files.createTempFile(target, ".unpacking-", ".tmp");
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        return any ? Optional.of(target) : Optional.empty();
    }

    private static boolean same(Path file, ZipEntry e) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != e.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue() == e.getCrc();
    }

    /** The jar this class was loaded from, when it was loaded from a jar file. */
    private static Optional<Path> runningJar() {
        try {
            CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
