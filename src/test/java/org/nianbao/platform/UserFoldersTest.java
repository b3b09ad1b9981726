package org.nianbao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a secretary's settings, recovery copies and logs go, on Windows and elsewhere (paths on Windows' own rules). */
class UserFoldersTest {
    private static final Map<String, String> WINDOWS_ENV = Map.of(
            "APPDATA", "C:\\Users\\张三\\AppData\\Roaming",
            "LOCALAPPDATA", "C:\\Users\\张三\\AppData\\Local",
            "WINDIR", "C:\\WINDOWS");

    @Test
    void onWindowsSettingsRoamInAppDataAndRecoveryCopiesAndLogsStayInLocalAppData() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            UserFolders f = UserFolders.of("Windows 11", WINDOWS_ENV, fs.getPath("C:\\Users\\张三"));
            assertThat(f.settings()).hasToString("C:\\Users\\张三\\AppData\\Roaming\\Nianbao");
            assertThat(f.local()).hasToString("C:\\Users\\张三\\AppData\\Local\\Nianbao");
            assertThat(f.fonts()).extracting(Path::toString)
                    .containsExactly("C:\\WINDOWS\\Fonts", "C:\\Users\\张三\\AppData\\Local\\Microsoft\\Windows\\Fonts");
        }
    }

    @Test
    void onWindowsWithoutTheUsualVariablesTheFoldersAreTheProfilesOwn() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            // A relative APPDATA is a broken environment, not a folder to write into wherever the app was started.
            UserFolders f = UserFolders.of("Windows 10", Map.of("APPDATA", "AppData"), fs.getPath("D:\\用户\\李四"));
            assertThat(f.settings()).hasToString("D:\\用户\\李四\\AppData\\Roaming\\Nianbao");
            assertThat(f.local()).hasToString("D:\\用户\\李四\\AppData\\Local\\Nianbao");
            assertThat(f.fonts().get(0)).hasToString("C:\\Windows\\Fonts");
        }
    }

    @Test
    void onLinuxAndMacEverythingStaysInDotNianbaoAsBefore() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path home = fs.getPath("/home/zhang");
            UserFolders linux = UserFolders.of("Linux", WINDOWS_ENV, home);
            assertThat(linux.settings()).hasToString("/home/zhang/.nianbao");
            assertThat(linux.local()).isEqualTo(linux.settings());
            assertThat(linux.fonts()).extracting(Path::toString).contains("/usr/share/fonts", "/home/zhang/.local/share/fonts");
            UserFolders mac = UserFolders.of("Mac OS X", Map.of(), home);
            assertThat(mac.local()).hasToString("/home/zhang/.nianbao");
            assertThat(mac.fonts()).extracting(Path::toString).contains("/Library/Fonts", "/home/zhang/Library/Fonts");
        }
    }
}
