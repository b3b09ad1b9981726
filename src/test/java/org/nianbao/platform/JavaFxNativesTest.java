package org.nianbao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one jar's JavaFX natives: the running machine's set is unpacked once, whole, and only that set. */
class JavaFxNativesTest {
    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws Exception {
        Path jar = dir.resolve("nianbao.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void eachSystemJavaNamesHasItsSetAndLoongArchHasNone() {
        assertThat(JavaFxNatives.platform("Windows 11", "amd64")).contains("win-x64");
        assertThat(JavaFxNatives.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(JavaFxNatives.platform("Linux", "aarch64")).contains("linux-aarch64");
        assertThat(JavaFxNatives.platform("Mac OS X", "x86_64")).contains("mac-x64");
        assertThat(JavaFxNatives.platform("Mac OS X", "aarch64")).contains("mac-aarch64");
        assertThat(JavaFxNatives.platform("Linux", "loongarch64")).isEmpty();
        assertThat(JavaFxNatives.platform("Windows 11", "aarch64")).isEmpty();
    }

    @Test
    void anArmLinuxDesktopGetsTheArmLibrariesOnceAndANewerJarsReplaceThem() throws Exception {
        Path jar = jar(Map.of(
                "org/nianbao/natives/linux-aarch64/libglass.so", "arm glass",
                "org/nianbao/natives/linux-aarch64/libprism_es2.so", "arm es2",
                "org/nianbao/natives/linux-x64/libglass.so", "x64 glass",
                "glass.dll", "windows glass"));
        Path cache = dir.resolve("javafx-cache");

        Optional<Path> folder = JavaFxNatives.unpack(jar, "linux-aarch64", cache);
        assertThat(folder).contains(cache.resolve("linux-aarch64"));
        assertThat(folder.get().resolve("libglass.so")).hasContent("arm glass");
        assertThat(folder.get().resolve("libprism_es2.so")).hasContent("arm es2");
        try (var listing = Files.list(folder.get())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("libglass.so", "libprism_es2.so");
        }

        // A second start writes nothing.
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folder.get().resolve("libglass.so"), old);
        JavaFxNatives.unpack(jar, "linux-aarch64", cache);
        assertThat(Files.getLastModifiedTime(folder.get().resolve("libglass.so"))).isEqualTo(old);

        // A newer JavaFX in a newer jar: same name, other bytes, replaced.
        Files.delete(jar);
        Path newer = jar(Map.of("org/nianbao/natives/linux-aarch64/libglass.so", "arm glass, newer"));
        JavaFxNatives.unpack(newer, "linux-aarch64", cache);
        assertThat(folder.get().resolve("libglass.so")).hasContent("arm glass, newer");
    }

    @Test
    void windowsNativesStayAtTheJarsRootForJavaFxsOwnLoader() throws Exception {
        Path jar = jar(Map.of("glass.dll", "windows glass", "org/nianbao/natives/linux-x64/libglass.so", "x64 glass"));
        assertThat(JavaFxNatives.unpack(jar, "win-x64", dir.resolve("cache"))).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }
}
