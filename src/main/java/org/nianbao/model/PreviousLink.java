package org.nianbao.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The link from a project to last year's ({@code previous} in project.json): a path relative to the
 * project's own folder, as {@code link} writes it. A hand-edited or foreign file may point anywhere;
 * an absolute path, a UNC share ({@code \\server\share}, which Windows would contact with the user's
 * credentials), a drive-relative path or a URL is never followed.
 */
public final class PreviousLink {
    private PreviousLink() {
    }

    /** Whether {@code link} is a relative path Nianbao follows, whatever system it runs on. */
    public static boolean isFollowable(String link) {
        if (link == null || link.isBlank() || link.indexOf('\0') >= 0 || link.length() > 1024) {
            return false;
        }
        String l = link.strip();
        if (l.startsWith("/") || l.startsWith("\\") || l.startsWith("~")) {
            return false; // absolute, UNC (//server or \\server), or a home not ours
        }
        if (l.length() >= 2 && l.charAt(1) == ':') {
            return false; // C:\x, C:x
        }
        if (l.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return false; // file:, smb:, http:
        }
        return true;
    }

    /** Where {@code link} points from the project file {@code project}, or empty when it is not followed. */
    public static Optional<Path> resolve(Path project, String link) {
        if (!isFollowable(link)) {
            return Optional.empty();
        }
        try {
            Path relative = Path.of(link.strip());
            if (relative.isAbsolute() || relative.getRoot() != null) {
                return Optional.empty();
            }
            return Optional.of(project.toAbsolutePath().getParent().resolve(relative).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty(); // characters this system's paths cannot hold: not followed
        }
    }
}
