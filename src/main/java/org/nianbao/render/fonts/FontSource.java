package org.nianbao.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.nianbao.platform.UserFolders;

/**
 * Where each role's font comes from: the institution's own installed font when the machine has it
 * (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体 …, file names in {@code installed-fonts.properties}),
 * otherwise the bundled OFL font. Discovery reads file names only, once per run.
 */
public final class FontSource {
    private static FontSource standard;

    private final Map<FontRole, Path> installed;

    private FontSource(Map<FontRole, Path> installed) {
        this.installed = Map.copyOf(installed);
    }

    public static FontSource bundledOnly() {
        return new FontSource(Map.of());
    }

    /** The machine's font folders (Windows, macOS, Linux and the user's own), read once. */
    public static synchronized FontSource standard() {
        if (standard == null) {
            standard = discover(UserFolders.current().fonts());
        }
        return standard;
    }

    /** Looks for the role's usual font files in these folders (and one level of subfolders). */
    public static FontSource discover(List<Path> folders) {
        Map<String, Path> byName = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 3)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> byName.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font folder only means fewer installed fonts; the bundled ones remain
            }
        }
        Map<FontRole, Path> found = new EnumMap<>(FontRole.class);
        Properties candidates = candidates();
        for (FontRole role : FontRole.values()) {
            for (String name : candidates.getProperty(role.name(), "").split(",")) {
                Path file = byName.get(name.strip().toLowerCase(Locale.ROOT));
                if (file != null) {
                    found.put(role, file);
                    break;
                }
            }
        }
        return new FontSource(found);
    }

    /** The installed font file used for a role, if any. */
    public Optional<Path> installed(FontRole role) {
        return Optional.ofNullable(installed.get(role));
    }

    private static Properties candidates() {
        Properties p = new Properties();
        try (InputStream in = FontSource.class.getResourceAsStream("/org/nianbao/render/fonts/installed-fonts.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
