package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The version and build date of this build, from {@code org/nianbao/build.properties}, which
 * Maven fills in from the pom ({@code project.version}, {@code nianbao.buildDate}).
 */
public record BuildInfo(String version, String date) {
    private static final String RESOURCE = "/org/nianbao/build.properties";

    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(p.getProperty("version"), p.getProperty("date"));
    }
}
