package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

/** The secretary types the government Tables 3 and 4 in from the command line; check reports sums that do not add up. */
class TablesCommandTest {
    @TempDir
    Path dir;

    private Path project() {
        Path file = dir.resolve("gov.nianbao");
        CliRun made = CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2021", "--institution", "示例市职业技术学院",
                "--out", file.toString());
        assertThat(made.exitCode()).as(made.out()).isZero();
        return file;
    }

    @Test
    void figuresAreSetListedClearedAndChecked() throws Exception {
        Path file = project();
        String f = file.toString();
        assertThat(CliRun.of("tables", f, "set", "3", "1", "natural", "2").exitCode()).isZero();
        assertThat(CliRun.of("tables", f, "set", "3", "3.1", "natural", "2").exitCode()).isZero();
        assertThat(CliRun.of("tables", f, "set", "3", "3.7", "natural", "1").exitCode()).isZero();

        JsonNode cells = new ObjectMapper().readTree(CliRun.of("tables", f, "list", "--json").out());
        assertThat(cells.get(0).get("table").asText()).as("Table 1 comes first").isEqualTo("1a");
        JsonNode newFromPersons = null;
        for (JsonNode c : cells) {
            if (c.get("table").asText().equals("3") && c.get("row").asText().equals("1") && c.get("column").asText().equals("natural")) {
                newFromPersons = c;
            }
        }
        assertThat(newFromPersons).isNotNull();
        assertThat(newFromPersons.get("rowName").asText()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(newFromPersons.get("value").asText()).isEqualTo("2");

        JsonNode findings = new ObjectMapper().readTree(CliRun.of("check", f, "--json").out()).get("findings");
        assertThat(findings.findValuesAsText("code")).contains("check.table.unbalanced", "check.table.outcomesTotal");

        assertThat(CliRun.of("tables", f, "clear", "3", "3.7", "natural").exitCode()).isZero();
        JsonNode after = new ObjectMapper().readTree(CliRun.of("tables", f, "list", "--json").out());
        for (JsonNode c : after) {
            if (c.get("row").asText().equals("3.7") && c.get("column").asText().equals("natural")) {
                assertThat(c.get("value").asText()).isEmpty();
            }
        }
    }

    @Test
    void checkPrintsEachColumnsPlaceAndOverrideAcceptsExactlyThatColumn() throws Exception {
        String f = project().toString();
        for (String[] cell : new String[][] {{"natural", "1"}, {"other-org", "1"}, {"total", "2"}}) {
            assertThat(CliRun.of("tables", f, "set", "3", "1", cell[0], cell[1]).exitCode()).isZero();
            assertThat(CliRun.of("tables", f, "set", "3", "4", cell[0], "0").exitCode()).isZero();
        }
        assertThat(CliRun.of("tables", f, "set", "4", "count", "direct.total", "1").exitCode()).isZero();
        assertThat(CliRun.of("tables", f, "set", "4", "count", "after.total", "1").exitCode()).isZero();
        CliRun check = CliRun.of("check", f);
        assertThat(check.out()).contains("table:3/4/natural", "table:3/4/other-org", "table:3/4/total",
                "table:4/count/direct.total", "table:4/count/after.total");

        assertThat(CliRun.of("override", f, "--code", "check.table.unbalanced", "--location", "table:3/4/other-org",
                "--reason", "其他类申请人的一件转入下年").exitCode()).isZero();
        assertThat(CliRun.of("override", f, "--code", "check.table.groupTotal", "--location", "table:4/count/after.total",
                "--reason", "复议后起诉一件尚未立案").exitCode()).isZero();
        JsonNode findings = new ObjectMapper().readTree(CliRun.of("check", f, "--json").out()).get("findings");
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (JsonNode n : findings) {
            if (n.get("overridden").asBoolean()) {
                accepted.add(n.get("code").asText() + " " + n.get("location").asText() + " " + n.get("reason").asText());
            }
        }
        assertThat(accepted).containsExactlyInAnyOrder("check.table.unbalanced table:3/4/other-org 其他类申请人的一件转入下年",
                "check.table.groupTotal table:4/count/after.total 复议后起诉一件尚未立案");
        CliRun whole = CliRun.of("override", f, "--code", "check.table.unbalanced", "--location", "table:3", "--reason", "x");
        assertThat(whole.exitCode()).as("a whole table is no finding's place any more").isEqualTo(Cli.INPUT);
    }

    @Test
    void unknownRowsAndBadFiguresAreRefusedWithoutSaving() {
        String f = project().toString();
        CliRun badRow = CliRun.of("tables", f, "set", "3", "9.9", "natural", "2");
        assertThat(badRow.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(badRow.err()).contains("9.9");
        assertThat(CliRun.of("tables", f, "set", "3", "1", "natural", "两件").exitCode()).isEqualTo(Cli.INPUT);
        assertThat(CliRun.of("tables", f, "set", "3", "1").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("tables", f, "list", "--json").out()).doesNotContain("\"value\" : \"2\"").doesNotContain("\"value\":\"2\"");
    }

    @Test
    void aKindWithoutFormTablesSaysSo() {
        Path file = dir.resolve("moe.nianbao");
        assertThat(CliRun.of("new", "--year", "2021", "--institution", "示例职业技术学院", "--out", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("tables", file.toString(), "list").exitCode()).isEqualTo(Cli.INPUT);
    }
}
