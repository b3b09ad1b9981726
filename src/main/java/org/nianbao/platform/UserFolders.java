package org.nianbao.platform;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Nianbao keeps the user's files on this computer, and where the computer keeps its fonts.
 *
 * <p>On Windows as Windows programs do: what the user sets and would miss on another office PC (window
 * state, recent projects, own holiday and citation files) under {@code %APPDATA%\Nianbao}, which a domain's
 * roaming profile carries along; what belongs to this PC (recovery copies keyed by the project's path, the
 * log, JavaFX's unpacked natives) under {@code %LOCALAPPDATA%\Nianbao}, which it does not. Elsewhere both are
 * {@code ~/.nianbao}, as before.
 *
 * @param settings the folder of the user's settings and own data files ({@code app-state.json}, {@code holidays/},
 *                 {@code citations/}, {@code samples/})
 * @param local    the folder of what belongs to this computer only ({@code recovery/}, {@code logs/},
 *                 {@code javafx-cache/})
 * @param fonts    the folders installed fonts are looked for in, in that order
 */
public record UserFolders(Path settings, Path local, List<Path> fonts) {
    /** The folder name under {@code %APPDATA%} and {@code %LOCALAPPDATA%}: ASCII, as every tool expects. */
    static final String WINDOWS_FOLDER = "Nianbao";

    public UserFolders {
        fonts = List.copyOf(fonts);
    }

    /** One folder for both, no installed fonts: for tests and tools that give a folder of their own. */
    public static UserFolders in(Path home) {
        return new UserFolders(home, home, List.of());
    }

    /** This computer's, from the running Java's {@code os.name}, the environment and {@code user.home}. */
    public static UserFolders current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The folders for a system: {@code osName} as Java names it ("Windows 11", "Linux", "Mac OS X"), its
     * environment, and the user's home. Paths are made on the home's file system, so a test can give a
     * Windows-like one.
     */
    public static UserFolders of(String osName, Map<String, String> env, Path userHome) {
        FileSystem fs = userHome.getFileSystem();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = folder(fs, env, "APPDATA", userHome.resolve("AppData").resolve("Roaming"));
            Path localData = folder(fs, env, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"));
            Path windir = folder(fs, env, "WINDIR", folder(fs, env, "SystemRoot", fs.getPath("C:\\Windows")));
            // Fonts installed "for all users" land in the Windows folder; since Windows 10 1809 a plain
            // double-click installs for the current user only, under LOCALAPPDATA.
            List<Path> fonts = List.of(windir.resolve("Fonts"),
                    localData.resolve("Microsoft").resolve("Windows").resolve("Fonts"));
            return new UserFolders(roaming.resolve(WINDOWS_FOLDER), localData.resolve(WINDOWS_FOLDER), fonts);
        }
        Path home = userHome.resolve(".nianbao");
        List<Path> fonts = new ArrayList<>();
        if (os.startsWith("mac")) {
            fonts.add(fs.getPath("/Library/Fonts"));
            fonts.add(userHome.resolve("Library").resolve("Fonts"));
        } else {
            fonts.add(fs.getPath("/usr/share/fonts"));
            fonts.add(fs.getPath("/usr/local/share/fonts"));
            fonts.add(userHome.resolve(".local").resolve("share").resolve("fonts"));
            fonts.add(userHome.resolve(".fonts"));
        }
        return new UserFolders(home, home, fonts);
    }

    /** An environment variable naming a folder, when it is set to an absolute path; else the fallback. */
    private static Path folder(FileSystem fs, Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path p = fs.getPath(value.strip());
            return p.isAbsolute() ? p : fallback;
        } catch (java.nio.file.InvalidPathException e) {
            return fallback;
        }
    }
}
