package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Workbooks;

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

    private Path project(String name) {
        Path file = dir.resolve(name);
        CliRun made = CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2021", "--institution", "示例市职业技术学院",
                "--out", file.toString());
        assertThat(made.exitCode()).as(made.out()).isZero();
        return file;
    }

    private static String table3(Path file) {
        StringBuilder out = new StringBuilder();
        for (String line : CliRun.of("tables", file.toString(), "list").out().split("\n")) {
            if (line.startsWith("表3")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void importOfAWorkbookLaidOutAsTheFormSetsExactlyTheCellsTypedOneByOne() throws Exception {
        Path typed = project("typed.nianbao");
        for (String[] cell : org.nianbao.testing.OfficialTables.table3Cells()) {
            assertThat(CliRun.of("tables", typed.toString(), "set", "3", cell[0], cell[1], cell[2]).exitCode()).isZero();
        }
        Path imported = project("imported.nianbao");
        Path xlsx = org.nianbao.testing.OfficialTables.writeXlsx(dir.resolve("表三.xlsx"), org.nianbao.testing.OfficialTables.table3(),
                org.nianbao.testing.OfficialTables.table3Merges());
        CliRun run = CliRun.of("tables", imported.toString(), "import", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("表3“一、本年新收政府信息公开申请数量”“自然人”：（空） → 5")
                .contains("表3“一、本年新收政府信息公开申请数量”“法人或其他组织 其他”：（空） → 0")
                .contains("共改动 " + org.nianbao.testing.OfficialTables.table3Cells().size() + " 格（表3）。");
        assertThat(table3(imported)).isEqualTo(table3(typed)).contains("\t5\n");
        JsonNode findings = new ObjectMapper().readTree(CliRun.of("check", imported.toString(), "--json").out()).get("findings");
        assertThat(findings.findValuesAsText("code")).noneMatch(c -> c.startsWith("check.table."));

        CliRun again = CliRun.of("tables", imported.toString(), "import", xlsx.toString());
        assertThat(again.out()).contains("共改动 0 格（表3）。");
    }

    @Test
    void aTableCopiedFromABrowserIsReadFromStandardInputAndDryRunSavesNothing() throws Exception {
        Path typed = project("typed.nianbao");
        for (String[] cell : org.nianbao.testing.OfficialTables.table3Cells()) {
            CliRun.of("tables", typed.toString(), "set", "3", cell[0], cell[1], cell[2]);
        }
        Path pasted = project("pasted.nianbao");
        byte[] clipboard = org.nianbao.testing.OfficialTables.browserText(org.nianbao.testing.OfficialTables.table3(), 7, 3)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun dry = CliRun.withInput(clipboard, "tables", pasted.toString(), "import", "-", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("→ 5", "试运行");
        assertThat(table3(pasted)).doesNotContain("\t5\n");

        CliRun run = CliRun.withInput(clipboard, "tables", pasted.toString(), "import", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(table3(pasted)).isEqualTo(table3(typed));
    }

    @Test
    void aNameThatDoesNotMatchRefusesTheWholeTableNamingItsColumnOrRow() throws Exception {
        Path file = project("r.nianbao");
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>(org.nianbao.testing.OfficialTables.table3());
        java.util.List<String> header = new java.util.ArrayList<>(rows.get(2));
        header.set(5, "科研院所");
        rows.set(2, header);
        CliRun column = CliRun.withInput(org.nianbao.testing.OfficialTables.wordText(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "tables", file.toString(), "import", "-", "--table", "3");
        assertThat(column.exitCode()).isEqualTo(Cli.IO);
        assertThat(column.err()).contains("表头“科研院所”不是表3的列名，此处应为“法人或其他组织 科研机构”。", "未导入");

        rows = new java.util.ArrayList<>(org.nianbao.testing.OfficialTables.table3());
        java.util.List<String> row = new java.util.ArrayList<>(rows.get(4));
        row.set(0, "二、上年结转的申请");
        rows.set(4, row);
        Path csv = dir.resolve("表三.csv");
        java.nio.file.Files.writeString(csv, org.nianbao.testing.OfficialTables.wordText(rows).replace('\t', ','),
                java.nio.charset.Charset.forName("GB18030"));
        CliRun rowName = CliRun.of("tables", file.toString(), "import", csv.toString());
        assertThat(rowName.exitCode()).isEqualTo(Cli.IO);
        assertThat(rowName.err()).contains("第 5 行的行名“二、上年结转的申请”不是表3的行名。");
        assertThat(table3(file)).as("nothing was saved").doesNotContain("\t5\n");
    }

    @Test
    void exportWritesTheTypedTablesInThePrintedLayoutAndImportReadsThemBack() throws Exception {
        Path typed = project("typed.nianbao");
        for (String[] cell : org.nianbao.testing.OfficialTables.table3Cells()) {
            CliRun.of("tables", typed.toString(), "set", "3", cell[0], cell[1], cell[2]);
        }
        CliRun.of("tables", typed.toString(), "set", "4", "count", "direct.pending", "1");
        CliRun.of("tables", typed.toString(), "set", "4", "count", "direct.total", "1");
        Path xlsx = dir.resolve("表格.xlsx");
        CliRun export = CliRun.of("tables", typed.toString(), "export", xlsx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (var wb = Workbooks.open(xlsx)) {
            assertThat(wb.getSheet("表3")).isNotNull();
            assertThat(wb.getSheet("表4")).isNotNull();
        }
        Path back = project("back.nianbao");
        CliRun read = CliRun.of("tables", back.toString(), "import", xlsx.toString());
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(CliRun.of("tables", back.toString(), "list").out()).isEqualTo(CliRun.of("tables", typed.toString(), "list").out());

        assertThat(CliRun.of("tables", typed.toString(), "export", dir.resolve("t.csv").toString()).exitCode()).isEqualTo(Cli.USAGE);
        Path csv = dir.resolve("表3.csv");
        assertThat(CliRun.of("tables", typed.toString(), "export", csv.toString(), "--table", "3").exitCode()).isZero();
        String text = java.nio.file.Files.readString(csv);
        assertThat(text).startsWith("\uFEFF收到和处理政府信息公开申请情况").contains("\r\n一、本年新收政府信息公开申请数量,5,2,,,,0,7\r\n");
        assertThat(CliRun.of("tables", typed.toString(), "import").exitCode()).isEqualTo(Cli.USAGE);
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
