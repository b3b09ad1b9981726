package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.HandMadeXlsx;
import org.nianbao.testing.WorkbookFixtures;

/** A name in a project or a workbook cell holding terminal commands is shown written out, never obeyed. */
class TerminalEscapesTest {
    /** An OSC window title ended by BEL, a clear screen, red text, a right-to-left override. */
    static final String HOSTILE = "\u001B]0;pwned\u0007\u001B[2J\u001B[31m\u202E";
    static final String SHOWN = "\\u001B]0;pwned\\u0007\\u001B[2J\\u001B[31m\\u202E";

    @TempDir
    Path dir;

    static void noRawControls(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("\u001B", "\u0007", "\u202E", "\u009B");
    }

    @Test
    void namesInAProjectAndWorkbookCellsAreShownEscapedByInfoImportAndCheck() throws Exception {
        Path file = dir.resolve("r.nianbao");
        CliRun made = CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院" + HOSTILE, "--out", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        noRawControls(made);
        assertThat(CliRun.of("departments", file.toString(), "add", "教务处").exitCode()).isZero();

        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.exitCode()).isZero();
        noRawControls(info);
        assertThat(info.out()).contains("示例职业技术学院" + SHOWN);

        // Templates of a project so named still open: Office metadata cannot hold control characters.
        Path templates = dir.resolve("tpl");
        assertThat(CliRun.of("templates", file.toString(), "--out", templates.toString()).exitCode()).isZero();
        WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx"), dir.resolve("filled.xlsx"))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "开学通知", "学校官网", "27", "", "").save();
        // XML cannot hold ESC, but it can hold the 8-bit CSI (U+009B: clear screen, colours) and U+202E.
        String inCell = "\u009B2J\u009B31m\u202E";
        String inCellShown = "\\u009B2J\\u009B31m\\u202E";
        Path workbook = HandMadeXlsx.write(dir.resolve("教务处.xlsx"), "主动公开", HandMadeXlsx.row(1, "发布日期", "标题", "发布渠道")
                + HandMadeXlsx.row(2, "2021-10-08", "开学通知" + inCell, "学校官网")
                + HandMadeXlsx.row(3, "明天" + inCell, "迎新通知", "学校官网"), false);
        CliRun imported = CliRun.of("import", file.toString(), workbook.toString(), "--department", "教务处");
        noRawControls(imported);
        assertThat(imported.out() + imported.err()).contains("明天" + inCellShown);

        CliRun check = CliRun.of("check", file.toString());
        noRawControls(check);
        assertThat(check.out()).contains("明天" + inCellShown);
    }

    @Test
    void jsonStaysJsonAndReadsBackTheSameName() throws Exception {
        Path file = dir.resolve("r.nianbao");
        String name = "示例职业技术学院\u202E\u007F\u0085";
        assertThat(CliRun.of("new", "--year", "2021-2022", "--institution", name, "--out", file.toString()).exitCode()).isZero();
        CliRun info = CliRun.of("info", file.toString(), "--json");
        noRawControls(info);
        assertThat(info.out()).doesNotContain("\u007F", "\u0085");
        assertThat(new ObjectMapper().readTree(info.out()).findValuesAsText("institution").toString()
                + new ObjectMapper().readTree(info.out()).toString()).contains(name);
    }

    @Test
    void lineEndsAndTabsStayAndABareCarriageReturnIsShown() {
        StringWriter sink = new StringWriter();
        PrintWriter safe = TerminalSafeWriter.wrap(new PrintWriter(sink));
        safe.print("a\r\nb\tc\rd\n\u001B");
        safe.print("e\r");
        safe.print("\nf\r");
        safe.flush();
        assertThat(sink.toString()).isEqualTo("a\r\nb\tc\\u000Dd\n\\u001Be\r\nf\\u000D");
    }
}
