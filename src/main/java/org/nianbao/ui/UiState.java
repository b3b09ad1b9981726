package org.nianbao.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.platform.AtomicFile;

/**
 * What the app remembers between runs ({@code ~/.nianbao/app-state.json}): window size, the step last
 * open, recent projects. A missing or unreadable file means defaults; it never stops the app.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UiState {
    static final int RECENT_MAX = 8;
    /** The window's last size when not maximized; 0 until there is one (a first start fits the screen). */
    public double width;
    public double height;
    public boolean maximized;
    public String step = "";
    /** "zh" or "en"; {@code -Dnianbao.lang} wins when given. */
    public String lang = "";
    public List<String> recent = new ArrayList<>();

    static UiState load(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                UiState s = new ObjectMapper().readValue(file.toFile(), UiState.class);
                if (s.recent == null) {
                    s.recent = new ArrayList<>();
                }
                return s;
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(UiState.class).warn("Ignoring unreadable UI state {}: {}", file, e.getMessage());
        }
        return new UiState();
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
            AtomicFile.write(file, out -> out.write(json), false);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(UiState.class).warn("Could not keep UI state in {}: {}", file, e.getMessage());
        }
    }

    /** Puts {@code file} first in the recent list. */
    void opened(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        recent.remove(path);
        recent.add(0, path);
        while (recent.size() > RECENT_MAX) {
            recent.remove(recent.size() - 1);
        }
    }
}
