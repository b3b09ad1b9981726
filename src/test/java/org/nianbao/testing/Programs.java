package org.nianbao.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Real outside programs the tests use when installed (poppler, LibreOffice); CI installs them. */
public final class Programs {
    private Programs() {
    }

    public static Optional<Path> find(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static boolean onPath(String program) {
        return find(program).isPresent();
    }
}
