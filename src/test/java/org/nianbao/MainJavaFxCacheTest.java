package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app unpacks JavaFX's natives into Nianbao's per-user folder unless told otherwise. */
class MainJavaFxCacheTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(Main.JAVAFX_CACHE_DIR);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(Main.JAVAFX_CACHE_DIR);
        } else {
            System.setProperty(Main.JAVAFX_CACHE_DIR, saved);
        }
    }

    @Test
    void unsetMeansNianbaosOwnFolderInTheUsersHome() {
        System.clearProperty(Main.JAVAFX_CACHE_DIR);
        Main.useOwnJavaFxCache();
        assertThat(Path.of(System.getProperty(Main.JAVAFX_CACHE_DIR)))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".nianbao", "javafx-cache"));
    }

    @Test
    void aFolderChosenByTheLauncherIsKept() {
        System.setProperty(Main.JAVAFX_CACHE_DIR, "/opt/elsewhere");
        Main.useOwnJavaFxCache();
        assertThat(System.getProperty(Main.JAVAFX_CACHE_DIR)).isEqualTo("/opt/elsewhere");
    }
}
