package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Main;
import org.nianbao.bench.BenchWorkbooks;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Jvm;
import org.nianbao.workspace.Workspace;

/** A valid workbook too big for the memory Java was given is said to be that, not a damaged file. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aValidWorkbookTooBigForTheHeapIsNotCalledDamagedAndTheCommandExitsThree() throws Exception {
        Path project = dir.resolve("r.nianbao");
        CliRun created = CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        byte[] before = Files.readAllBytes(project);
        Path workbook = BenchWorkbooks.generate(Workspace.standard(), dir, 1, 200_000).get(0);

        for (String lang : List.of("zh", "en")) {
            Path log = dir.resolve("import-" + lang + ".log");
            Process p = Jvm.start("40m", Main.class, log, "import", project.toString(), workbook.toString(), "--lang", lang);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String said = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isEqualTo(Cli.IO);
            if (lang.equals("zh")) {
                assertThat(said).contains("超出本程序可用的内存", "不必让部门重新发送", "java -Xmx2048m -jar nianbao.jar",
                        "JAVA_TOOL_OPTIONS=-Xmx2048m").doesNotContain("已损坏", "OutOfMemoryError", "内部错误");
            } else {
                assertThat(said).contains("needs more memory than this program was given", "java -Xmx2048m -jar nianbao.jar")
                        .doesNotContain("damaged or incomplete", "OutOfMemoryError");
            }
        }
        assertThat(Files.readAllBytes(project)).as("the project is untouched").isEqualTo(before);
        assertThat(new ProjectStore().readProject(project).submissions()).isEmpty();
    }
}
