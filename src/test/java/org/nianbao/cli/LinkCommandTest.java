package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.model.Project;
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

    /** A calendar-year project speaks of years, not 学年, when it refuses or links last year's project. */
    @Test
    void aCalendarYearProjectIsLinkedInYears() {
        Path now = dir.resolve("2023.nianbao");
        Path last = dir.resolve("2022.nianbao");
        Path older = dir.resolve("2021.nianbao");
        for (Path p : List.of(now, last, older)) {
            String year = p.getFileName().toString().substring(0, 4);
            assertThat(CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", year, "--institution", "示例市职业技术学院",
                    "--out", p.toString()).exitCode()).isZero();
        }
        CliRun wrong = CliRun.of("link", now.toString(), "--previous", older.toString());
        assertThat(wrong.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(wrong.err()).contains("2021 年的项目不是 2023 年的上一年").doesNotContain("学年");
        CliRun ok = CliRun.of("link", now.toString(), "--previous", last.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("（2022 年）").doesNotContain("学年");
    }

    private List<String> codes(Path file) throws Exception {
        CliRun run = CliRun.of("check", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isIn(Cli.OK, Cli.INPUT);
        assertThat(run.err()).doesNotContain("内部错误", "Exception");
        List<String> codes = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).findValues("code").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private void linkAs(Path file, String link) throws Exception {
        ProjectStore store = new ProjectStore();
        Project p = store.readProject(file).withPrevious(link);
        store.save(file, p);
    }

    @Test
    void aLinkIsFollowedOnlyRelativeToTheProjectAndNeverCrashesIt() throws Exception {
        Path now = dir.resolve("now").resolve("2021-2022.nianbao");
        Path last = dir.resolve("2020-2021.nianbao");
        assertThat(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", now.toString()).exitCode()).isZero();
        assertThat(CliRun.of("new", "--year", "2020-2021", "--institution", "示例职业技术学院", "--out", last.toString()).exitCode()).isZero();

        linkAs(now, "../2020-2021.nianbao");
        assertThat(codes(now)).doesNotContain("check.previous.unreadable", "check.previous.notRelative");

        // An absolute path, a UNC share, a drive, a URL, a NUL: never followed, even to a real project.
        for (String link : List.of(last.toAbsolutePath().toString(), "\\\\server\\share\\2020-2021.nianbao",
                "//server/share/2020-2021.nianbao", "C:\\2020-2021.nianbao", "file:///tmp/x.nianbao", "a\u0000b.nianbao")) {
            linkAs(now, link);
            assertThat(codes(now)).as(link).contains("check.previous.notRelative").doesNotContain("check.previous.unreadable");
        }

        // Relative, but nothing there, a folder, a text file, a project too deep to read: named, not followed further.
        Path text = Files.writeString(dir.resolve("now").resolve("notes.nianbao"), "这不是项目");
        Path deep = dir.resolve("now").resolve("deep.nianbao");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(deep), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(("{\"schemaVersion\":1,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        for (String link : List.of("missing.nianbao", ".", text.getFileName().toString(), deep.getFileName().toString())) {
            linkAs(now, link);
            assertThat(codes(now)).as(link).contains("check.previous.unreadable");
        }
    }

    @Test
    void linkRefusesWhatIsNotAProjectAndLeavesTheProjectAsItWas() throws Exception {
        Path now = dir.resolve("2021-2022.nianbao");
        assertThat(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", now.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(now);
        Path text = Files.writeString(dir.resolve("2020-2021.nianbao"), "这不是项目");
        for (Path previous : List.of(dir.resolve("missing.nianbao"), text, dir)) {
            CliRun run = CliRun.of("link", now.toString(), "--previous", previous.toString());
            assertThat(run.exitCode()).as(previous.toString()).isIn(Cli.INPUT, Cli.IO);
            assertThat(run.err()).doesNotContain("内部错误", "Exception");
            assertThat(Files.readAllBytes(now)).isEqualTo(before);
        }
    }
}
