package org.nianbao;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.nianbao.cli.Cli;
import org.nianbao.i18n.Messages;
import org.nianbao.platform.JavaFxNatives;
import org.nianbao.platform.UserFolders;
import org.nianbao.render.fonts.BundledFont;

/**
 * Starts Nianbao: no arguments or a single {@code .nianbao} file opens the app; anything else is
 * the command line. The app's classes are only touched in the first case, so the command line
 * runs on machines without a display.
 */
public final class Main {
    static final String JAVAFX_CACHE_DIR = "javafx.cachedir";

    private Main() {
    }

    public static void main(String[] args) {
        if (opensApp(args)) {
            // A window started from a menu has no console: what goes to standard error is kept in the log file too.
            org.nianbao.platform.LogFile.teeStandardError(org.nianbao.platform.LogFile.in(UserFolders.current().local()));
            // The window's fonts are decoded (WOFF2) on the other core while JavaFX starts.
            BundledFont.decodeAhead(BundledFont.SANS_REGULAR, BundledFont.SANS_BOLD);
            useOwnJavaFxCache();
            org.nianbao.ui.AppLauncher.launch(args);
            return;
        }
        Charset cs = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        System.exit(Cli.run(args, out, err));
    }

    static boolean opensApp(String[] args) {
        return args.length == 0
                || (args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase().endsWith(".nianbao"));
    }

    /**
     * JavaFX unpacks its native libraries into {@code javafx.cachedir} (default {@code ~/.openjfx/cache}).
     * Unless the launcher or the user chose a folder, they go into Nianbao's own per-user folder for this
     * computer, {@code ~/.nianbao/javafx-cache} ({@code %LOCALAPPDATA%\Nianbao\javafx-cache} on Windows),
     * next to its other files, so removing Nianbao's folder removes them too.
     */
    static void useOwnJavaFxCache() {
        if (System.getProperty(JAVAFX_CACHE_DIR) == null) {
            System.setProperty(JAVAFX_CACHE_DIR, defaultJavaFxCache().toString());
        }
        try {
            JavaFxNatives.prepare(Path.of(System.getProperty(JAVAFX_CACHE_DIR)));
        } catch (IOException | RuntimeException e) {
            // JavaFX then says itself which library it could not load; the reason why is worth a line.
            System.err.println(Messages.chinese().get("app.natives.notUnpacked", System.getProperty(JAVAFX_CACHE_DIR), e));
            System.err.println(Messages.english().get("app.natives.notUnpacked", System.getProperty(JAVAFX_CACHE_DIR), e));
        }
    }

    static Path defaultJavaFxCache() {
        return UserFolders.current().local().resolve("javafx-cache");
    }

    /** The console's encoding where Java knows it (Windows consoles are often GBK), else UTF-8. */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
