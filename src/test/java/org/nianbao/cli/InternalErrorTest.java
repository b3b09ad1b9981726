package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.ProjectStore;
import org.nianbao.workspace.Workspace;

/** A bug (not the user's input) exits 70 with a sentence and the log's path; the stack trace goes to the log only. */
class InternalErrorTest {
    @TempDir
    Path home;

    /** A clock that fails the way a bug would, deep inside a command. */
    private static final class BrokenClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw new IllegalStateException("a bug for the test");
        }
    }

    @Test
    void aBugExitsSeventyWithItsLogAndNoStackTraceOnTheScreen() throws Exception {
        Workspace broken = new Workspace(ReportKinds.builtIn(), new ProjectStore(), new BrokenClock(), home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"check", Path.of("samples", "demo.nianbao").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true), broken);

        assertThat(code).as(err + "\n" + out).isEqualTo(Cli.INTERNAL);
        Path log = home.resolve("logs").resolve("nianbao.log");
        assertThat(err.toString()).contains("内部错误", "IllegalStateException", log.toString()).doesNotContain("\tat ");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("nianbao check", "a bug for the test", "\tat ");
    }
}
