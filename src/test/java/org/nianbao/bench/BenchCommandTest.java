package org.nianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

/** The benchmark's contract, on a small size: every generated row goes through the real import path. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchJsonReportsIntakeTimesForEveryGeneratedRow() throws Exception {
        CliRun run = CliRun.of("bench", "--rows", "900", "--files", "3", "--reports", "4", "--json", "--dir", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode intake = new ObjectMapper().readTree(run.out()).get("intake");
        assertThat(intake.get("rows").asLong()).isEqualTo(900);
        assertThat(intake.get("files").asInt()).isEqualTo(3);
        assertThat(intake.get("accepted").asLong()).isEqualTo(900);
        assertThat(intake.get("ours_ms").asLong()).isPositive();
        assertThat(intake.has("sax_baseline_ms")).isTrue();
        JsonNode checks = new ObjectMapper().readTree(run.out()).get("checks");
        assertThat(checks.get("records").asInt()).isEqualTo(1000);
        assertThat(checks.get("warm_ms").asLong()).isNotNegative();
        JsonNode prose = new ObjectMapper().readTree(run.out()).get("prose_checks");
        assertThat(prose.get("characters").asInt()).isEqualTo(30_000);
        assertThat(prose.get("findings").asInt()).as("the slips pasted into the long report are found").isPositive();
        assertThat(prose.get("warm_ms").asLong()).isNotNegative();
        JsonNode published = new ObjectMapper().readTree(run.out()).get("published");
        assertThat(published.get("pdf_pages").asInt()).as("a long report").isGreaterThanOrEqualTo(20);
        assertThat(published.get("reports").asInt()).isEqualTo(4);
        assertThat(published.get("read_pdf_ms").asLong()).isPositive();
        assertThat(published.get("gather_ms").asLong()).isPositive();
        JsonNode export = new ObjectMapper().readTree(run.out()).get("export");
        assertThat(export.get("pages").asInt()).as("the sample with its appendix").isGreaterThanOrEqualTo(8);
        assertThat(export.get("warm_ms").asLong()).isPositive();
        assertThat(export.has("cold_cli_ms")).isTrue();
        assertThat(export.has("soffice_ms")).isTrue();
        JsonNode root = new ObjectMapper().readTree(run.out());
        // Measured from the jar under a display (-1 here, in the test JVM): the rows are there either way.
        assertThat(root.at("/launch/window_ms").isNumber()).isTrue();
        assertThat(root.at("/app/open_ms").isNumber()).isTrue();
        assertThat(root.at("/app/preview_update_ms").isNumber()).isTrue();
        assertThat(root.at("/app/preview_after_edit_ms").isNumber()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(3);
        }
    }

    @Test
    void benchTableIsReadable() {
        CliRun run = CliRun.of("bench", "--rows", "30", "--files", "1", "--reports", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("POI SAX").contains("导入\t1\t30").contains("全文检查\t30,000 字").contains("程序\t打开示例到显示内容");
    }
}
