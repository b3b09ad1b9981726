package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.CliRun;

/** {@code nianbao --version} names the pom's version, the build date and the report kinds, in either language. */
class VersionTest {
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @Test
    void chineseByDefault() throws Exception {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("年报 Nianbao " + pomVersion())
                .contains("构建日期：")
                .contains("支持的报告类型：")
                .containsPattern("moe-academic-year\\t高等学校信息公开工作年度报告（学年）（第 \\d+ 版）")
                .doesNotContain("${");
        assertBuildDateIsARealDay(run.out());
    }

    @Test
    void englishOnRequest() throws Exception {
        CliRun run = CliRun.of("--version", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Nianbao " + pomVersion())
                .contains("Built: ")
                .contains("Report kinds:")
                .containsPattern("moe-academic-year\\tHigher-education information disclosure annual report \\(academic year\\) \\(version \\d+\\)")
                .doesNotContain("构建日期");
        assertBuildDateIsARealDay(run.out());
    }

    @Test
    void everyCommandsVersionOptionSaysTheSame() {
        String root = CliRun.of("--version").out();
        for (String command : new String[] {"info", "import", "items", "sign"}) {
            CliRun run = CliRun.of(command, "--version");
            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command).isEqualTo(root);
        }
    }

    private static void assertBuildDateIsARealDay(String out) {
        String line = out.lines().filter(l -> l.startsWith("构建日期") || l.startsWith("Built")).findFirst().orElseThrow();
        Matcher m = DATE.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        LocalDate built = LocalDate.parse(m.group(1));
        // Built by this very test run (or pinned by a release build): not in the future, not before the project began.
        assertThat(built).isBefore(LocalDate.now(ZoneOffset.UTC).plusDays(2)).isAfter(LocalDate.of(2020, 1, 1));
    }

    /** The project's own version, read from the pom the build ran from. */
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>nianbao</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the project version in pom.xml").isTrue();
        return m.group(1);
    }
}
