package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;

class LinkCommandTest {
    @TempDir
    Path dir;

    @Test
    void lastYearsProjectIsLinkedRelativelyAndAnotherYearIsRefused() throws Exception {
        Path now = dir.resolve("2021-2022.nianbao");
        Path last = dir.resolve("old").resolve("2020-2021.nianbao");
        Path older = dir.resolve("2019-2020.nianbao");
        CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", now.toString());
        CliRun.of("new", "--year", "2020-2021", "--institution", "示例职业技术学院", "--out", last.toString());
        CliRun.of("new", "--year", "2019-2020", "--institution", "示例职业技术学院", "--out", older.toString());

        CliRun wrong = CliRun.of("link", now.toString(), "--previous", older.toString());
        assertThat(wrong.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(wrong.err()).contains("2019-2020");

        CliRun ok = CliRun.of("link", now.toString(), "--previous", last.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(new ProjectStore().readProject(now).previous()).isEqualTo(Path.of("old", "2020-2021.nianbao").toString());
        assertThat(CliRun.of("check", now.toString(), "--json").out()).doesNotContain("check.previous.unreadable");
    }
}
