package org.nianbao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's standard error reaches the log file (a window from a menu has no console) and the console alike. */
class LogFileTest {
    @TempDir
    Path dir;

    @Test
    void standardErrorGoesToTheLogAndStillToTheConsole() throws Exception {
        PrintStream before = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path log = LogFile.in(dir);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "earlier line\n");
        try {
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            LogFile.teeStandardError(log);
            System.err.println("[JavaFX Application Thread] WARN org.nianbao.ui - 无法保存窗口状态");
            System.err.flush();
        } finally {
            System.setErr(before);
        }
        assertThat(Files.readString(log)).startsWith("earlier line\n").contains("无法保存窗口状态");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("无法保存窗口状态");
    }

    @Test
    void aLogGrownPastItsLimitIsMovedAsideAtStart() throws Exception {
        Path log = LogFile.in(dir);
        Files.createDirectories(log.getParent());
        Files.write(log, new byte[(int) LogFile.MAX_BYTES + 1]);
        LogFile.rotate(log);
        assertThat(log).doesNotExist();
        assertThat(log.resolveSibling("nianbao.log.1")).hasSize(LogFile.MAX_BYTES + 1);
        LogFile.rotate(log); // nothing to move: no failure
    }
}
