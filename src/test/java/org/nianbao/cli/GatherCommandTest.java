package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.CliRun;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * The province gathers a folder of reports: colleges whose reports carry their data (variants of the
 * sample with their own records and applications) give exact figures; a text-only one is 估读; a
 * report of another year and a file that is no report get rows saying so.
 */
class GatherCommandTest {
    @TempDir
    Path dir;

    /** The sample as another college with {@code records} records on the website and {@code applications} applications. */
    private Path college(Workspace ws, Path folder, String name, int records, int applications) throws Exception {
        ProjectSession demo = ws.open(Path.of("samples", "demo.nianbao"));
        Project p = demo.project();
        Institution inst = new Institution(name, "党政办公室", "0577-1", "x@example.cn", "", "");
        p = p.withInstitution(inst).withSignOff(new org.nianbao.model.SignOff(name, LocalDate.of(2022, 10, 20)));
        LocalDate start = LocalDate.of(2021, 9, 10);
        List<DisclosureRecord> list = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            list.add(new DisclosureRecord(start.plusDays(i), "通知" + i, "website", 1, 1, "", "", new SourceRef("d.xlsx", "sha", "主动公开", 2 + i)));
        }
        List<ApplicationCase> apps = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            apps.add(new ApplicationCase(start.plusDays(i), "natural-person", "申请" + i, start.plusDays(i + 5), "disclosed",
                    BigDecimal.ZERO, false, "", new SourceRef("d.xlsx", "sha", "依申请公开", 2 + i)));
        }
        // This college's own figures only: the sample's departments' submissions give way to one.
        p = p.withSubmissions(List.of(new DepartmentSubmission("党政办公室", "d.xlsx", "sha", Instant.EPOCH, list, apps, Map.of(), 0, 0)));
        ProjectSession s = ws.create(dir.resolve(name + ".nianbao"), p, true);
        Path pdf = folder.resolve(name + ".pdf");
        s.export(pdf, null);
        return pdf;
    }

    @Test
    void figuresComeExactFromTheReportsDataAndTheRestIsSaidRowByRow() throws Exception {
        Workspace ws = Workspace.standard();
        Path folder = Files.createDirectories(dir.resolve("收到的报告"));
        college(ws, folder, "甲学院", 12, 3);
        college(ws, folder, "乙学院", 30, 0);
        Files.writeString(folder.resolve("丙学院.txt"), "丙学院2021-2022学年信息公开工作年度报告\n一、概述\n学校坚持依法公开。\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("丁学院.txt"), "丁学院2019-2020学年信息公开工作年度报告\n一、概述\n学校坚持依法公开。\n",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("坏文件.pdf"), "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("全省汇总.xlsx");

        CliRun run = CliRun.of("gather", folder.toString(), "--out", out.toString(), "--year", "2021-2022");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 份带有内嵌数据");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("总表");
            Row header = summary.getRow(0);
            int records = column(header, "主动公开信息总数");
            int received = column(header, "收到申请");
            int source = column(header, "数据来源");
            int problem = column(header, "无法使用的原因");
            Row jia = row(summary, "甲学院.pdf");
            assertThat(jia.getCell(records).getNumericCellValue()).isEqualTo(12);
            assertThat(jia.getCell(received).getNumericCellValue()).isEqualTo(3);
            assertThat(jia.getCell(source).getStringCellValue()).isEqualTo("内嵌");
            assertThat(row(summary, "乙学院.pdf").getCell(records).getNumericCellValue()).isEqualTo(30);
            assertThat(row(summary, "丙学院.txt").getCell(source).getStringCellValue()).isEqualTo("估读");
            assertThat(row(summary, "丁学院.txt").getCell(problem).getStringCellValue()).contains("2019-2020");
            assertThat(row(summary, "坏文件.pdf").getCell(problem).getStringCellValue()).contains("无法读取");
            assertThat(wb.getSheet("依申请公开").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("清单").getRow(0).getLastCellNum()).isEqualTo((short) 4);
        }
        JsonNode json = new ObjectMapper().readTree(CliRun.of("gather", folder.toString(), "--out", out.toString(), "--json").out());
        assertThat(json.get("reports").size()).isEqualTo(5);
    }

    @Test
    void withLastYearsSummaryASheetComparesEachCollegesFiguresAndMarksNewAndMissingOnes() throws Exception {
        Workspace ws = Workspace.standard();
        Path before = Files.createDirectories(dir.resolve("上年"));
        college(ws, before, "甲学院", 12, 3);
        college(ws, before, "乙学院", 30, 0);
        Path lastYear = dir.resolve("上年汇总.xlsx");
        assertThat(CliRun.of("gather", before.toString(), "--out", lastYear.toString()).exitCode()).isZero();
        Path now = Files.createDirectories(dir.resolve("本年"));
        college(ws, now, "甲学院", 15, 0);
        college(ws, now, "戊学院", 5, 1);
        Path out = dir.resolve("全省汇总.xlsx");

        CliRun run = CliRun.of("gather", now.toString(), "--out", out.toString(), "--previous", lastYear.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet yoy = wb.getSheet("同比");
            assertThat(yoy).isNotNull();
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> yoy.getRow(0).getCell(c).getStringCellValue()))
                    .containsExactly("学校", "项目", "上年", "本年", "增减", "增减幅度", "说明");
            Row jiaRecords = yoyRow(yoy, "甲学院", "主动公开信息总数");
            assertThat(jiaRecords.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(jiaRecords.getCell(3).getNumericCellValue()).isEqualTo(15);
            assertThat(jiaRecords.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(jiaRecords.getCell(5).getNumericCellValue()).isEqualTo(0.25);
            assertThat(jiaRecords.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(jiaRecords.getCell(6).getStringCellValue()).isEmpty();
            Row jiaReceived = yoyRow(yoy, "甲学院", "收到申请");
            assertThat(jiaReceived.getCell(4).getNumericCellValue()).isEqualTo(-3);
            assertThat(jiaReceived.getCell(5).getNumericCellValue()).isEqualTo(-1.0);
            Row newOne = yoyRow(yoy, "戊学院", "收到申请");
            assertThat(newOne.getCell(2)).as("no figure last year: empty, not 0").matches(c -> c == null || c.getCellType() == CellType.BLANK);
            assertThat(newOne.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(newOne.getCell(6).getStringCellValue()).contains("本年新增");
            Row missing = yoyRow(yoy, "乙学院", "主动公开信息总数");
            assertThat(missing.getCell(2).getNumericCellValue()).isEqualTo(30);
            assertThat(missing.getCell(6).getStringCellValue()).contains("本年未报");
        }
        // Without --previous there is no 同比 sheet; the summary's own sheets stay as they were.
        try (InputStream in = Files.newInputStream(lastYear); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("同比")).isNull();
        }
    }

    @Test
    void aPreviousFileThatIsNoSummaryIsRefusedBeforeAnyReportIsRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("收到的报告"));
        Path notSummary = dir.resolve("别的表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var os = Files.newOutputStream(notSummary)) {
            wb.createSheet("总表").createRow(0).createCell(0).setCellValue("学校");
            wb.write(os);
        }
        CliRun run = CliRun.of("gather", folder.toString(), "--out", dir.resolve("o.xlsx").toString(), "--previous", notSummary.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("别的表.xlsx", "不是 gather 写出的全省汇总", "“年度”");
        Files.writeString(dir.resolve("文本.xlsx"), "not a workbook", StandardCharsets.UTF_8);
        CliRun text = CliRun.of("gather", folder.toString(), "--out", dir.resolve("o.xlsx").toString(), "--previous",
                dir.resolve("文本.xlsx").toString());
        assertThat(text.exitCode()).isEqualTo(3);
        assertThat(text.err()).contains("文本.xlsx");
        assertThat(Files.exists(dir.resolve("o.xlsx"))).isFalse();
    }

    @Test
    void aPdfMadeByLibreOfficeFromTextGivesTheFiguresItsProseQuotesMarked估读WithTheirSentences() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.nianbao.testing.LibreOffice.installed(),
                "LibreOffice is not installed here; .ci/run installs it");
        Workspace ws = Workspace.standard();
        Path folder = Files.createDirectories(dir.resolve("收到的报告"));
        college(ws, folder, "甲学院", 12, 3);
        Path text = Files.writeString(Files.createDirectories(dir.resolve("text")).resolve("南湖学院.txt"), String.join("\n",
                "南湖学院2021-2022学年信息公开工作年度报告", "",
                "一、概述", "学校坚持依法依规公开信息，本学年共主动公开信息133条。", "",
                "二、主动公开情况", "本学年，学校官网发布新闻88条，信息公开网发布和更新信息45条，微信公众号推送推文120篇，关注人数达3.5万。", "",
                "三、依申请公开和不予公开情况", "本学年，学校共收到信息公开申请4件，上学年结转的申请1件。经办理，予以公开3件，结转下学年办理2件。", "",
                "四、对信息公开的评议情况", "师生对信息公开工作总体满意。", "",
                "五、因学校信息公开工作受到举报、复议、诉讼的情况", "本学年未发生相关情况。", "",
                "六、新做法新举措、主要经验、问题和改进措施", "学校将进一步完善信息公开制度。", "",
                "七、其他需要报告的事项", "无。", "", "南湖学院", "2022年10月20日", ""), StandardCharsets.UTF_8);
        Path pdf = org.nianbao.testing.LibreOffice.toPdf(text, dir.resolve("text"));
        assertThat(org.nianbao.published.ReportDataReader.read(pdf)).as("LibreOffice's PDF carries no data").isEmpty();
        Files.copy(pdf, folder.resolve("南湖学院.pdf"));
        Path out = dir.resolve("全省汇总.xlsx");

        CliRun run = CliRun.of("gather", folder.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("总表");
            Row header = summary.getRow(0);
            Row nanhu = row(summary, "南湖学院.pdf");
            assertThat(nanhu.getCell(column(header, "数据来源")).getStringCellValue()).isEqualTo("估读");
            Map<String, Integer> expected = Map.of("主动公开信息总数", 133, "学校官网", 88, "信息公开网", 45, "微信公众号", 120,
                    "收到申请", 4, "上年结转", 1, "结转下年", 2);
            for (var e : expected.entrySet()) {
                var cell = nanhu.getCell(column(header, e.getKey()));
                assertThat(cell.getNumericCellValue()).as(e.getKey()).isEqualTo(e.getValue().doubleValue());
                assertThat(cell.getCellComment()).as(e.getKey() + " says where it came from").isNotNull();
                assertThat(cell.getCellComment().getString().getString()).startsWith("估读，摘自正文：");
            }
            assertThat(nanhu.getCell(column(header, "收到申请")).getCellComment().getString().getString())
                    .contains("本学年，学校共收到信息公开申请4件，上学年结转的申请1件。");
            assertThat(nanhu.getCell(column(header, "学校官网")).getCellComment().getString().getString())
                    .contains("学校官网发布新闻88条");
            var notApplicable = nanhu.getCell(column(header, "不涉及事项"));
            assertThat(notApplicable == null || notApplicable.getCellType() == CellType.BLANK).as("not in the prose: empty, not 0").isTrue();
            // The college with data keeps its exact figures and no comment.
            Row jia = row(summary, "甲学院.pdf");
            assertThat(jia.getCell(column(header, "主动公开信息总数")).getNumericCellValue()).isEqualTo(12);
            assertThat(jia.getCell(column(header, "主动公开信息总数")).getCellComment()).isNull();
        }
    }

    private static Row yoyRow(Sheet sheet, String college, String figure) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(college) && r.getCell(1).getStringCellValue().equals(figure)) {
                return r;
            }
        }
        throw new AssertionError("no 同比 row for " + college + " / " + figure);
    }

    private static int column(Row header, String title) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static Row row(Sheet sheet, String file) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + file);
    }
}
