package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.workspace.Workspace;

/** Hand-made and hostile inputs each get a clear message and an exit code: no stack trace, no internal error. */
class HostileInputsTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    private static void clean(CliRun run) {
        assertThat(run.err() + run.out()).doesNotContain("内部错误", "Exception", "Error:", "\tat ");
    }

    private Path project() {
        Path file = dir.resolve("r.nianbao");
        ok(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", file.toString()));
        ok(CliRun.of("departments", file.toString(), "add", "教务处"));
        return file;
    }

    private Path filledTemplate(Path file, String name) throws Exception {
        Path templates = dir.resolve("tpl");
        ok(CliRun.of("templates", file.toString(), "--out", templates.toString()));
        return WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx"), dir.resolve(name))
                .row(TemplateLayout.SHEET_RECORDS, 2, LocalDate.of(2021, 10, 8), "开学通知", "学校官网", "27", "", "")
                .save();
    }

    @Test
    void workbooksNamedWithTwoDotsOrABackslashAreImportedAndKept() throws Exception {
        Path file = project();
        List<String> names = new java.util.ArrayList<>(List.of("教务处..xlsx", "v1..2.xlsx"));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            names.add("教务处\\2022.xlsx"); // a legal file name on Linux and macOS
        }
        for (String name : names) {
            CliRun run = CliRun.of("import", file.toString(), filledTemplate(file, name).toString());
            ok(run);
            clean(run);
            StoredProject stored = store.read(file);
            assertThat(stored.project().submission("教务处").orElseThrow().file()).isEqualTo(name);
            assertThat(stored.attachments().keySet()).anyMatch(k -> k.startsWith("sources/") && k.endsWith(name.replace('\\', '_')));
        }
    }

    /** A PNG that says it is {@code width}×{@code height} in its header, with no pixels worth the name after it. */
    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aSealThatIsNoPngOrADecompressionBombInAProjectIsNotExported() throws Exception {
        Path file = project();
        Project p = store.readProject(file);
        Path pdf = dir.resolve("r.pdf");
        byte[] garbage = new byte[4096];
        System.arraycopy(pngHeader(1, 1), 0, garbage, 0, 8);
        for (byte[] seal : List.of(garbage, pngHeader(60000, 60000))) {
            store.save(file, StoredProject.of(p).withAttachment("assets/seal.png", seal));
            CliRun run = CliRun.of("export", file.toString(), "--pdf", pdf.toString(), "--draft");
            assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
            assertThat(run.err()).contains("印章图片（assets/seal.png）", "seal --remove");
            clean(run);
            assertThat(pdf).doesNotExist();
        }
        // `seal --image` refuses the bomb for what it is, not as "not a PNG".
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngHeader(60000, 60000));
        CliRun refused = CliRun.of("seal", file.toString(), "--image", bomb.toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(refused.err()).contains("60000×60000", "4000").doesNotContain("不是 PNG");
    }

    private Path projectJson(String json) throws Exception {
        Path file = dir.resolve("hand-edited.nianbao");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void anAbsurdFeeInAHandEditedProjectIsRefusedWithItsPlaceInWords() throws Exception {
        ApplicationCase a = new ApplicationCase(LocalDate.of(2021, 11, 8), "自然人", "询问收费标准", LocalDate.of(2021, 11, 19), "公开",
                new BigDecimal("12.5"), false, "", new SourceRef("a.xlsx", "00", "依申请公开", 2));
        Project p = Fixtures.project(Workspace.standard()).withSubmission(new DepartmentSubmission("教务处", "a.xlsx", "00",
                Instant.parse("2022-09-01T00:00:00Z"), List.of(), List.of(a), Map.of(), 0, 0));
        String json = store.toJson(p);
        assertThat(json).contains("\"fee\" : 12.5");
        for (String fee : List.of("1e999999999", "-1e308")) {
            Path file = projectJson(json.replace("\"fee\" : 12.5", "\"fee\" : " + fee));
            byte[] before = Files.readAllBytes(file);
            long start = System.nanoTime();
            CliRun run = CliRun.of("check", file.toString());
            assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
            assertThat(run.err()).contains("位置：submissions[0].applications[0]")
                    .containsAnyOf("不可能是真实的", "超出可表示的范围")
                    .doesNotContain("org.nianbao", "java.util");
            if (fee.startsWith("-")) {
                assertThat(run.err()).contains("收费金额 -1", "E+308 不可能是真实的");
            }
            clean(run);
            assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void figuresNoPersonMeantAreRefusedWhereTheyAreTypedNotSavedToBeRefusedOnLoad() throws Exception {
        Path gov = dir.resolve("gov.nianbao");
        ok(CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2021", "--institution", "示例市职业技术学院",
                "--out", gov.toString()));
        for (String figure : List.of("1e30", "1e999999999", "0.1234567")) {
            CliRun typed = CliRun.of("tables", gov.toString(), "set", "3", "1", "natural", figure);
            assertThat(typed.exitCode()).isEqualTo(Cli.INPUT);
            assertThat(typed.err()).contains("不是可用的数字");
            clean(typed);
        }
        ok(CliRun.of("info", gov.toString()));

        Path file = project();
        Path templates = dir.resolve("tpl");
        ok(CliRun.of("templates", file.toString(), "--out", templates.toString()));
        Path huge = WorkbookFixtures.fill(templates.resolve("2021-2022学年信息公开报送表-教务处.xlsx"), dir.resolve("教务处.xlsx"))
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 1e20).save();
        CliRun imported = CliRun.of("import", file.toString(), huge.toString());
        clean(imported);
        assertThat(imported.out() + imported.err()).contains("应为 0 至 999999999999999 的整数");
        ok(CliRun.of("info", file.toString()));
    }

    @Test
    void aSchemaVersionThatIsNotAWholeNumberIsRefused() throws Exception {
        String json = store.toJson(Fixtures.project(Workspace.standard())).replace("\"schemaVersion\" : " + ProjectStore.SCHEMA_VERSION, "\"schemaVersion\" : 1.5");
        CliRun run = CliRun.of("info", projectJson(json).toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("已损坏");
    }

    @Test
    void aKeyGivenTwiceOrAnEntryThisVersionDoesNotKnowIsRefusedNotSilentlyDropped() throws Exception {
        String json = store.toJson(Fixtures.project(Workspace.standard()));
        Path twice = projectJson(json.replaceFirst("\\{", "{\n  \"previous\" : \"a.nianbao\","));
        CliRun dup = CliRun.of("info", twice.toString());
        assertThat(dup.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(dup.err()).contains("“previous”出现了两次", "未作任何改动");
        clean(dup);

        Path extra = dir.resolve("extra.nianbao");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(extra), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("review/comments.json"));
            zip.write("[]".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] before = Files.readAllBytes(extra);
        Path text = Files.writeString(dir.resolve("overview.txt"), "概述。");
        CliRun unknown = CliRun.of("prose", extra.toString(), "--section", "overview", "--from", text.toString());
        assertThat(unknown.exitCode()).isEqualTo(Cli.INPUT);
        assertThat(unknown.err()).contains("review/comments.json", "不认识", "未作任何改动");
        clean(unknown);
        assertThat(Files.readAllBytes(extra)).isEqualTo(before);
    }

    @Test
    void aMalformedUserHolidayFileFallsBackToTheBundledCalendarNamingFileAndLine() throws Exception {
        Path file = project();
        Path home = dir.resolve("home");
        Path holidays = Files.createDirectories(home.resolve("holidays"));
        Files.writeString(holidays.resolve("2028.json"), "{\n  \"year\": 2028,\n  \"days\": [ oops ]\n}\n");
        Workspace ws = new Workspace(org.nianbao.kind.ReportKinds.builtIn(), new ProjectStore(), java.time.Clock.systemDefaultZone(), home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(err), ws);
        assertThat(code).isIn(Cli.OK, Cli.INPUT); // the findings decide, not the holiday file
        assertThat(err.toString()).contains("节假日文件", "2028.json", "line 3", "内置的节假日表").doesNotContain("内部错误");
        assertThat(out.toString()).isNotBlank();
    }

    @Test
    void aPdfOfHundredThousandNestedArraysIsRefusedByVerify() throws Exception {
        String deep = "%PDF-1.7\n1 0 obj\n" + "[".repeat(100_000) + "]".repeat(100_000) + "\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        Path pdf = dir.resolve("deep.pdf");
        Files.writeString(pdf, deep, StandardCharsets.ISO_8859_1);
        assertThat(Files.size(pdf)).isLessThan(250_000);
        CliRun verify = CliRun.of("verify", pdf.toString());
        assertThat(verify.exitCode()).isNotZero().isNotEqualTo(Cli.USAGE);
        assertThat(verify.err()).contains("结构嵌套过深", "未作任何改动");
        clean(verify);
    }
}
