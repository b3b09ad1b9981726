package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Main;
import org.nianbao.testing.Jvm;

/**
 * Saving the same project gives the same bytes, whichever JVM saves it: maps are kept in key order
 * (Map.copyOf iterates in an order that changes with every JVM), so a project under version control
 * or compared by hash does not change when nothing in it did.
 */
class StableBytesTest {
    @TempDir
    Path dir;

    private byte[] savedInItsOwnJvm(String name) throws Exception {
        Path project = dir.resolve(name);
        Files.copy(Path.of("samples", "demo.nianbao"), project);
        Path log = dir.resolve(name + ".log");
        // The same change in each JVM: the 清单 item 3's column set to what it already is.
        Process p = Jvm.start(Main.class, log, "items", project.toString(), "set", "3", "--column", "基本信息");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readAllBytes(project);
    }

    @Test
    void theSameProjectSavedInTwoJvmsHasTheSameBytes() throws Exception {
        byte[] first = savedInItsOwnJvm("a.nianbao");
        byte[] second = savedInItsOwnJvm("b.nianbao");
        byte[] third = savedInItsOwnJvm("c.nianbao");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }
}
