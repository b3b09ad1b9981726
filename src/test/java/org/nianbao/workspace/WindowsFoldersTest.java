package org.nianbao.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKinds;
import org.nianbao.platform.UserFolders;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Fixtures;

/**
 * A secretary on Windows: the project in a folder with a Chinese name, her own holiday file in
 * {@code %APPDATA%\Nianbao}, unsaved work and the log in {@code %LOCALAPPDATA%\Nianbao}, nothing in
 * {@code ~/.nianbao}. (The environment is simulated with folders of this machine.)
 */
class WindowsFoldersTest {
    @TempDir
    Path dir;

    @Test
    void unsavedWorkAndTheLogStayOnThisPcWhileHolidayFilesRoamWithTheUser() throws Exception {
        Path profile = dir.resolve("Users").resolve("张三");
        Path roaming = profile.resolve("AppData").resolve("Roaming");
        Path local = profile.resolve("AppData").resolve("Local");
        UserFolders folders = UserFolders.of("Windows 11",
                Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString()), profile);
        Workspace ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), Clock.systemDefaultZone(), folders);

        Path file = Files.createDirectories(profile.resolve("桌面").resolve("信息公开 2022")).resolve("示例职业技术学院-2021-2022年报.nianbao");
        try (ProjectSession session = ws.create(file, Fixtures.project(ws), false)) {
            session.update(p -> p.withProse("overview", "尚未保存的一段话。"));
            session.saveRecovery();
        }
        Path recovery = ws.recoveryFile(file);
        assertThat(recovery).exists().startsWith(local.resolve("Nianbao").resolve("recovery"));
        assertThat(ws.recovered(file).orElseThrow().project().section("overview").orElseThrow().prose())
                .isEqualTo("尚未保存的一段话。");
        assertThat(ws.open(file).project().institution().name()).isEqualTo(Fixtures.INSTITUTION);

        assertThat(ws.errorLog().record("a test", new IllegalStateException("bug"))).contains(
                local.resolve("Nianbao").resolve("logs").resolve("nianbao.log"));

        Path holidays = Files.createDirectories(roaming.resolve("Nianbao").resolve("holidays"));
        Files.writeString(holidays.resolve("2028.json"), "{ not json");
        ws.calendar();
        assertThat(ws.calendarProblem().orElseThrow().file()).contains(holidays.toString()).contains("2028.json");
        assertThat(ws.home()).isEqualTo(roaming.resolve("Nianbao"));

        assertThat(profile.resolve(".nianbao")).doesNotExist();
    }
}
