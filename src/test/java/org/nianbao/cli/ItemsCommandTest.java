package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

class ItemsCommandTest {
    @TempDir
    Path dir;

    private Path project() {
        Path file = dir.resolve("r.nianbao");
        assertThat(CliRun.of("new", "--year", "2021", "--institution", "示例职业技术学院", "--out", file.toString()).exitCode()).isZero();
        return file;
    }

    @Test
    void itemsCanBeMarkedPublishedOrNotApplicableAndListed() throws Exception {
        Path file = project();
        assertThat(CliRun.of("items", file.toString(), "set", "1-3,5", "--column", "基本信息", "--url", "https://x.edu.cn/jbxx/",
                "--department", "党政办公室").exitCode()).isZero();
        assertThat(CliRun.of("items", file.toString(), "set", "11-14", "--not-applicable", "--reason", "不招收研究生").exitCode()).isZero();
        JsonNode items = new ObjectMapper().readTree(CliRun.of("items", file.toString(), "list", "--json").out());
        assertThat(items).hasSize(50);
        assertThat(items.get(0).get("status").asText()).isEqualTo("published");
        assertThat(items.get(0).get("url").asText()).isEqualTo("https://x.edu.cn/jbxx/");
        assertThat(items.get(3).get("status").asText()).isEqualTo("open");
        assertThat(items.get(12).get("status").asText()).isEqualTo("not-applicable");
        assertThat(items.get(12).get("reason").asText()).isEqualTo("不招收研究生");

        assertThat(CliRun.of("items", file.toString(), "clear", "5").exitCode()).isZero();
        JsonNode after = new ObjectMapper().readTree(CliRun.of("items", file.toString(), "list", "--json").out());
        assertThat(after.get(4).get("status").asText()).isEqualTo("open");
    }

    @Test
    void notApplicableWithoutReasonAndUnknownItemsAreRefusedAndNothingIsSaved() throws Exception {
        Path file = project();
        byte[] before = Files.readAllBytes(file);
        CliRun noReason = CliRun.of("items", file.toString(), "set", "11", "--not-applicable");
        assertThat(noReason.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(noReason.err()).contains("--reason");
        CliRun unknown = CliRun.of("items", file.toString(), "set", "49-51", "--column", "其他");
        assertThat(unknown.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(unknown.err()).contains("51");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
