package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;

/** With last year's government project linked, this year's Table 3 二、上年结转 must be last year's 四、结转下年度继续办理. */
class Table3CarryOverTest {
    @TempDir
    Path dir;

    private Path project(String name, String year) {
        Path file = dir.resolve(name);
        CliRun made = CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", year, "--institution", "示例市职业技术学院",
                "--out", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        return file;
    }

    private static void set(Path file, String row, String column, String value) {
        CliRun run = CliRun.of("tables", file.toString(), "set", "3", row, column, value);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<JsonNode> carryOver(Path file) throws Exception {
        CliRun check = CliRun.of("check", file.toString(), "--json");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(check.out()).get("findings")) {
            if (f.get("code").asText().startsWith("check.carryOver")) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void thisYearsCarriedOverRowMustBeLastYearsCarriedForwardRowAndTheFixFillsIt() throws Exception {
        Path last = project("2022.nianbao", "2022");
        set(last, "4", "natural", "2");
        set(last, "4", "business", "0");
        set(last, "4", "total", "2");
        Path now = project("2023.nianbao", "2023");
        set(now, "2", "natural", "1");
        set(now, "2", "business", "0");
        set(now, "2", "total", "1");
        assertThat(carryOver(now)).as("not linked: nothing to compare").isEmpty();

        CliRun link = CliRun.of("link", now.toString(), "--previous", last.toString());
        assertThat(link.exitCode()).as(link.err()).isZero();
        List<JsonNode> found = carryOver(now);
        assertThat(found).extracting(f -> f.get("location").asText()).containsExactlyInAnyOrder("table:3/2/natural", "table:3/2/total");
        JsonNode natural = found.stream().filter(f -> f.get("location").asText().endsWith("natural")).findFirst().orElseThrow();
        assertThat(natural.get("code").asText()).isEqualTo("check.carryOver.tableMismatch");
        assertThat(natural.get("severity").asText()).isEqualTo("error");
        assertThat(natural.get("message").asText()).contains("二、上年结转政府信息公开申请数量", "自然人", "为 1", "2022.nianbao", "2022",
                "四、结转下年度继续办理", "为 2");
        assertThat(natural.get("fix").get("with").asText()).isEqualTo("2");

        CliRun fix = CliRun.of("check", now.toString(), "--fix", "check.carryOver.tableMismatch");
        assertThat(fix.out()).contains("2");
        assertThat(new ProjectStore().readProject(now).tables().value("3", "2", "natural")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(carryOver(now)).isEmpty();
    }

    @Test
    void aBlankCarriedOverRowIsAWarningWhereLastYearCarriedSomethingAndNothingWhereItCarriedNone() throws Exception {
        Path last = project("2022.nianbao", "2022");
        set(last, "4", "research", "1");
        set(last, "4", "legal-service", "0");
        Path now = project("2023.nianbao", "2023");
        assertThat(CliRun.of("link", now.toString(), "--previous", last.toString()).exitCode()).isZero();
        List<JsonNode> found = carryOver(now);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("code").asText()).isEqualTo("check.carryOver.tableBlank");
        assertThat(found.get(0).get("severity").asText()).isEqualTo("warning");
        assertThat(found.get(0).get("location").asText()).isEqualTo("table:3/2/research");
        assertThat(found.get(0).get("fix").get("with").asText()).isEqualTo("1");
        assertThat(CliRun.of("check", now.toString(), "--fix", "check.carryOver.tableBlank").exitCode()).isIn(Cli.OK, Cli.INPUT);
        assertThat(new ProjectStore().readProject(now).tables().value("3", "2", "research")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(carryOver(now)).isEmpty();
    }
}
