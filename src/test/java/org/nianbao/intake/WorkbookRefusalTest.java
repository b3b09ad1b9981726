package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.HandMadeXlsx;
import org.nianbao.testing.WorkbookFixtures;

/**
 * Files that are not readable workbooks (DESIGN.md §7): each is refused as a whole with a reason the
 * secretary can act on, in her language, and the project file is left exactly as it was.
 */
class WorkbookRefusalTest {
    private static final String RECORDS = TemplateLayout.SHEET_RECORDS;

    @TempDir
    Path dir;
    Path project;
    Path received;

    @BeforeEach
    void newProjectAndAnInbox() throws IOException {
        Path projectDir = Files.createDirectories(dir.resolve("project"));
        project = projectDir.resolve("r.nianbao");
        ok(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()));
        ok(CliRun.of("departments", project.toString(), "add", "教务处", "财务处"));
        received = Files.createDirectories(dir.resolve("received"));
    }

    // ---- the files departments send by mistake ----

    @Test
    void emptyZeroByteXlsxIsRefusedAsEmpty() throws Exception {
        Path file = Files.write(received.resolve("教务处.xlsx"), new byte[0]);
        assertRefusedAndProjectUntouched(file, "intake.file.empty", "空的", "empty");
    }

    @Test
    void xlsxCutOffHalfwayIsRefusedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(ownTable(received.resolve("whole.xlsx"), false));
        Path file = Files.write(received.resolve("教务处.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertRefusedAndProjectUntouched(file, "intake.file.corrupt", "损坏", "damaged");
    }

    @Test
    void xlsCutOffHalfwayIsRefusedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(ownTable(received.resolve("whole.xls"), true));
        Path file = Files.write(received.resolve("教务处.xls"), Arrays.copyOf(whole, whole.length / 2));
        assertRefusedAndProjectUntouched(file, "intake.file.corrupt", "损坏", "damaged");
    }

    @Test
    void randomBytesNamedXlsxAreRefusedAsAnUnknownFormat() throws Exception {
        byte[] noise = new byte[5000];
        new Random(20210901).nextBytes(noise);
        Path file = Files.write(received.resolve("教务处.xlsx"), noise);
        assertRefusedAndProjectUntouched(file, "intake.file.unknown", "无法识别", "Unknown file format");
    }

    @Test
    void htmlTableSavedAsXlsIsRefusedSayingItIsAWebPageAndHowToResave() throws Exception {
        Path file = Files.writeString(received.resolve("教务处.xls"), """
                <html><body><table>
                <tr><td>发布日期</td><td>标题</td><td>发布渠道</td></tr>
                <tr><td>2021-09-01</td><td>校历发布</td><td>学校官网</td></tr>
                </table></body></html>
                """);
        assertRefusedAndProjectUntouched(file, "intake.file.html", "网页", "web page");
        assertThat(importJson(file).at("/files/0/message").asText()).contains("另存为");
    }

    @Test
    void webPagesThatDoNotStartWithTheHtmlTagAreStillRecognisedAsWebPages() throws Exception {
        String page = "<html><body><table><tr><td>发布日期</td><td>标题, 备注</td></tr></table></body></html>";
        List<String> variants = List.of(
                "\uFEFF" + page, // saved by Notepad or an exporter that writes a byte-order mark
                "<table border=\"1\"><tr><td>发布日期</td><td>标题</td></tr></table>", // an OA system's "导出Excel"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" + page,
                "\n  \n" + page,
                page.replace("html", "Html"));
        for (int i = 0; i < variants.size(); i++) {
            Path file = Files.writeString(received.resolve("教务处-" + i + ".xls"), variants.get(i));
            assertRefusedAndProjectUntouched(file, "intake.file.html", "网页", "web page");
        }
    }

    @Test
    void utf8CsvSavedAsXlsIsRefusedSayingItIsACsvFile() throws Exception {
        Path file = Files.write(received.resolve("教务处.xls"), csv().getBytes(StandardCharsets.UTF_8));
        assertRefusedAndProjectUntouched(file, "intake.file.csv", "CSV", "CSV");
    }

    @Test
    void excelUtf8CsvWithByteOrderMarkSavedAsXlsIsRefusedSayingItIsACsvFile() throws Exception {
        Path file = Files.write(received.resolve("教务处.xls"), ("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8));
        assertRefusedAndProjectUntouched(file, "intake.file.csv", "CSV", "CSV");
    }

    @Test
    void gbkCsvSavedAsXlsIsRefusedSayingItIsACsvFile() throws Exception {
        Path file = Files.write(received.resolve("教务处.xls"), csv().getBytes(Charset.forName("GBK")));
        assertRefusedAndProjectUntouched(file, "intake.file.csv", "CSV", "CSV");
    }

    @Test
    void excel2003XmlSpreadsheetSavedAsXlsIsRefusedSayingWhatItIsAndHowToResave() throws Exception {
        Path file = Files.writeString(received.resolve("教务处.xls"), """
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="Sheet1">
                  <Table>
                   <Row><Cell><Data ss:Type="String">发布日期</Data></Cell><Cell><Data ss:Type="String">标题</Data></Cell></Row>
                   <Row><Cell><Data ss:Type="String">2021-09-01</Data></Cell><Cell><Data ss:Type="String">校历发布</Data></Cell></Row>
                  </Table>
                 </Worksheet>
                </Workbook>
                """);
        assertRefusedAndProjectUntouched(file, "intake.file.xml", "XML", "XML");
        assertThat(importJson(file).at("/files/0/message").asText()).contains("另存为");
    }

    @Test
    void pdfNamedXlsxIsRefusedAsNotASpreadsheet() throws Exception {
        Path file = Files.write(received.resolve("教务处.xlsx"),
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedAndProjectUntouched(file, "intake.file.notWorkbook", "不是表格文件（pdf）", "not a spreadsheet (pdf)");
    }

    @Test
    void wordDocumentNamedXlsxIsRefusedAsNotASpreadsheet() throws Exception {
        Path file = received.resolve("教务处.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("教务处2021-2022学年信息公开情况：本学年发布校历等信息共12条。");
            doc.write(out);
        }
        assertRefusedAndProjectUntouched(file, "intake.file.notWorkbook", "不是表格文件", "not a spreadsheet");
    }

    @Test
    void passwordEncryptedXlsxIsRefusedAskingForThePasswordToBeRemoved() throws Exception {
        byte[] plain = Files.readAllBytes(ownTable(received.resolve("plain.xlsx"), false));
        Path file = received.resolve("教务处.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("jwc2021");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefusedAndProjectUntouched(file, "intake.file.encrypted", "密码", "password");
    }

    @Test
    void passwordProtectedXlsIsRefusedAskingForThePasswordToBeRemoved() throws Exception {
        Path file = received.resolve("教务处.xls");
        Biff8EncryptionKey.setCurrentUserPassword("jwc2021");
        try {
            ownTable(file, true);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefusedAndProjectUntouched(file, "intake.file.encrypted", "密码", "password");
    }

    @Test
    void zipBombXlsxIsRefusedWithoutBeingExpanded() throws Exception {
        Path file = HandMadeXlsx.writeZipBomb(received.resolve("教务处.xlsx"), 300L * 1024 * 1024);
        assertThat(Files.size(file)).as("compressed size").isLessThan(1024 * 1024);
        assertRefusedAndProjectUntouched(file, "intake.file.zipBomb", "解压后大小异常", "zip bomb");
    }

    @Test
    void xlsxWhoseEntriesClaimXzCompressionIsRefusedAsDamagedInsteadOfCrashingTheImport() throws Exception {
        // Found by WorkbookReaderFuzzTest: commons-compress needs an optional jar for XZ and threw NoClassDefFoundError.
        byte[] real = Files.readAllBytes(ownTable(received.resolve("real.xlsx"), false));
        Path file = Files.write(received.resolve("教务处.xlsx"), WorkbookReaderFuzzSeeds.withFirstEntryCompressedBy(real, 95));
        assertRefusedAndProjectUntouched(file, "intake.file.corrupt", "损坏", "damaged");
    }

    @Test
    void xlsxWhoseEntriesClaimZstandardCompressionIsRefusedAsDamagedInsteadOfCrashingTheImport() throws Exception {
        byte[] real = Files.readAllBytes(ownTable(received.resolve("real.xlsx"), false));
        Path file = Files.write(received.resolve("教务处.xlsx"), WorkbookReaderFuzzSeeds.withFirstEntryCompressedBy(real, 93));
        assertRefusedAndProjectUntouched(file, "intake.file.corrupt", "损坏", "damaged");
    }

    @Test
    void tinyXlsxClaimingACellOnRowTwoBillionIsRefusedAsDamagedWithoutExhaustingMemory() throws Exception {
        // Excel's grid ends at row 1,048,576; a reader that trusts the row number grows a list to two billion entries.
        Path file = HandMadeXlsx.write(received.resolve("教务处.xlsx"), "Sheet1",
                HandMadeXlsx.row(1, "发布日期", "标题") + "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\">"
                        + "<is><t>2021-09-01</t></is></c></row>", false);
        assertThat(Files.size(file)).isLessThan(2048);

        try {
            WorkbookOpener.open(file);
            throw new AssertionError("opened a sheet that does not fit Excel's grid");
        } catch (WorkbookRefusal refusal) {
            assertThat(refusal.getCause()).as("refused before running out of memory").isNotInstanceOf(OutOfMemoryError.class);
        }
        assertRefusedAndProjectUntouched(file, "intake.file.corrupt", "损坏", "damaged");
    }

    @Test
    void workbookWithNoCellsIsRefusedAsHavingNoContent() throws Exception {
        Path file = received.resolve("教务处.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.createSheet("Sheet2").createRow(4).createCell(2); // a formatted but empty cell is still no content
            wb.write(out);
        }
        assertRefusedAndProjectUntouched(file, "intake.file.noData", "没有任何内容", "no content");
    }

    @Test
    void xlsWithNoCellsIsRefusedAsHavingNoContent() throws Exception {
        Path file = received.resolve("教务处.xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertRefusedAndProjectUntouched(file, "intake.file.noData", "没有任何内容", "no content");
    }

    // ---- one bad file among good ones ----

    @Test
    void refusedFileDoesNotStopTheGoodFileBesideItFromBeingSaved() throws Exception {
        Path tpl = dir.resolve("tpl");
        ok(CliRun.of("templates", project.toString(), "--out", tpl.toString(), "--department", "财务处"));
        Path good = WorkbookFixtures.fill(tpl.resolve("2021-2022学年信息公开报送表-财务处.xlsx"), received.resolve("财务处.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2022, 3, 15), "2022年部门预算公开", "信息公开网", "财务资产及收费", "", "")
                .save();
        Path bad = Files.write(received.resolve("教务处.xlsx"), new byte[0]);

        CliRun run = CliRun.of("import", project.toString(), bad.toString(), good.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INPUT);
        assertThat(json.at("/files/0/file").asText()).isEqualTo("教务处.xlsx");
        assertThat(json.at("/files/0/status").asText()).isEqualTo("refused");
        assertThat(json.at("/files/0/issues/0/code").asText()).isEqualTo("intake.file.empty");
        assertThat(json.at("/files/1/status").asText()).isEqualTo("imported");
        assertThat(json.at("/files/1/accepted").asInt()).isEqualTo(1);
        StoredProject stored = new ProjectStore().read(project);
        assertThat(stored.project().records()).extracting(DisclosureRecord::title).containsExactly("2022年部门预算公开");
        assertThat(stored.project().submission("教务处")).isEmpty();
        assertThat(stored.attachments().keySet()).hasSize(1).allMatch(k -> k.endsWith("/财务处.xlsx"));
    }

    // ---- helpers ----

    private void assertRefusedAndProjectUntouched(Path file, String code, String chineseHint, String englishHint)
            throws Exception {
        byte[] projectBefore = Files.readAllBytes(project);
        Map<String, Long> folderBefore = listing(project.getParent());
        byte[] fileBefore = Files.readAllBytes(file);

        for (String lang : List.of("zh", "en")) {
            List<String> args = new ArrayList<>(List.of("import", project.toString(), file.toString(), "--json"));
            if (lang.equals("en")) {
                args.addAll(List.of("--lang", "en"));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("exit code (%s); stderr: %s", lang, run.err()).isEqualTo(Cli.INPUT);
            JsonNode f = new ObjectMapper().readTree(run.out()).at("/files/0");
            assertThat(f.get("file").asText()).isEqualTo(file.getFileName().toString());
            assertThat(f.get("status").asText()).isEqualTo("refused");
            assertThat(f.get("accepted").asInt()).isZero();
            assertThat(f.get("issues")).as(f.toPrettyString()).hasSize(1);
            JsonNode reason = f.at("/issues/0");
            assertThat(reason.get("code").asText()).as(f.toPrettyString()).isEqualTo(code);
            assertThat(reason.get("severity").asText()).isEqualTo("error");
            String message = f.get("message").asText();
            if (lang.equals("zh")) {
                assertThat(message).startsWith("整个文件未导入").contains(chineseHint);
            } else {
                assertThat(message).startsWith("The whole file was not imported").containsIgnoringCase(englishHint)
                        .doesNotContainPattern("\\p{IsHan}");
            }
        }

        assertThat(Files.readAllBytes(project)).as("project file, byte for byte").isEqualTo(projectBefore);
        assertThat(listing(project.getParent())).as("no backup or temporary file next to the project").isEqualTo(folderBefore);
        assertThat(Files.readAllBytes(file)).as("the received file itself").isEqualTo(fileBefore);
    }

    private static Map<String, Long> listing(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Files.size(p) : -1L);
            }
        }
        return files;
    }

    private JsonNode importJson(Path file) throws IOException {
        return new ObjectMapper().readTree(CliRun.of("import", project.toString(), file.toString(), "--json").out());
    }

    /** A department's own small table, good in itself, as the base for damaged or encrypted copies. */
    private static Path ownTable(Path target, boolean xls) throws IOException {
        return WorkbookFixtures.blank(target, xls)
                .row("Sheet1", 1, "发布日期", "标题", "发布渠道", "清单事项")
                .row("Sheet1", 2, LocalDate.of(2021, 9, 1), "2021-2022学年校历", "学校官网", "27")
                .row("Sheet1", 3, LocalDate.of(2021, 10, 8), "国庆节后调课安排", "学校官网", "27")
                .save();
    }

    private static String csv() {
        return "发布日期,标题,发布渠道,清单事项\r\n2021-09-01,2021-2022学年校历,学校官网,27\r\n"
                + "2021-10-08,国庆节后调课安排,学校官网,27\r\n";
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    /**
     * A library failing on a broken file is the file's problem; Nianbao's own code failing is a bug, which must reach
     * the internal-error path (logged, exit 70) and never be blamed on the department as "文件已损坏".
     */
    @org.junit.jupiter.api.Test
    void onlyALibrarysFailureIsCalledADamagedFile() {
        RuntimeException fromPoi = new IllegalStateException("broken record");
        fromPoi.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.apache.poi.hssf.record.RecordInputStream", "read", "x", 1)});
        RuntimeException fromUs = new NullPointerException();
        fromUs.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.nianbao.intake.XlsReader", "read", "x", 1)});
        assertThat(WorkbookOpener.thrownByUs(fromPoi)).isFalse();
        assertThat(WorkbookOpener.thrownByUs(fromUs)).isTrue();
        // What the file claims that no workbook can hold is the file's problem, though our code finds it.
        SheetData.Malformed claim = new SheetData.Malformed("cell outside Excel's grid");
        assertThat(claim.getStackTrace()[0].getClassName()).startsWith("org.nianbao.");
        assertThat(WorkbookOpener.thrownByUs(claim)).isFalse();
    }
}
