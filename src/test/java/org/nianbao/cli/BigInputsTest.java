package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;

/** Oversized inputs on the command line: either kept and readable again, or refused before anything changes. */
class BigInputsTest {
    @TempDir
    Path dir;

    private Path project() {
        Path file = dir.resolve("r.nianbao");
        CliRun run = CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    @Test
    void aTwentyOneMegabyteTextIsSavedAndTheProjectStillOpens() throws Exception {
        Path file = project();
        Path text = dir.resolve("long.txt");
        Files.writeString(text, "本学年".repeat(10) + "x".repeat(21 * 1000 * 1000), StandardCharsets.UTF_8);
        CliRun prose = CliRun.of("prose", file.toString(), "--section", "overview", "--from", text.toString());
        assertThat(prose.exitCode()).as(prose.err()).isZero();
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(new ProjectStore().readProject(file).section("overview").orElseThrow().prose()).hasSize(21_000_030);
    }

    @Test
    void proseFromAnEndlessStreamIsRefusedBeforeMemoryRunsOut() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path file = project();
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("prose", file.toString(), "--section", "overview", "--from", zero.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("超过 32 MB", "未作任何改动").doesNotContain("Exception", "内部错误");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
