package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.OoxmlSchemas;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * The province's charts (issue 19): in the summary workbook a 图表 sheet with 主动公开 by channel for
 * the province and the applications each college received, as bar charts over the figures beside
 * them; the same two charts and the 总表 in a self-contained web page ({@code --html}).
 */
class GatherChartsTest {
    @TempDir
    static Path dir;
    static Path xlsx;
    static Path html;

    /** The sample as another college: {@code website} records on the website, {@code applications} applications. */
    private static void college(Workspace ws, Path folder, String name, int website, int applications) throws Exception {
        Project p = ws.open(Path.of("samples", "demo.nianbao")).project();
        p = p.withInstitution(new Institution(name, "党政办公室", "0577-1", "x@example.cn", "", ""))
                .withSignOff(new org.nianbao.model.SignOff(name, LocalDate.of(2022, 10, 20)));
        LocalDate start = LocalDate.of(2021, 9, 10);
        List<DisclosureRecord> list = new ArrayList<>();
        for (int i = 0; i < website; i++) {
            list.add(new DisclosureRecord(start.plusDays(i), "通知" + i, "website", 1, 1, "", "", new SourceRef("d.xlsx", "sha", "主动公开", 2 + i)));
        }
        List<ApplicationCase> apps = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            apps.add(new ApplicationCase(start.plusDays(i), "natural-person", "申请" + i, start.plusDays(i + 5), "disclosed",
                    BigDecimal.ZERO, false, "", new SourceRef("d.xlsx", "sha", "依申请公开", 2 + i)));
        }
        p = p.withSubmissions(List.of(new DepartmentSubmission("党政办公室", "d.xlsx", "sha", Instant.EPOCH, list, apps, Map.of(), 0, 0)));
        ProjectSession s = ws.create(dir.resolve(name + ".nianbao"), p, true);
        s.export(folder.resolve(name + ".pdf"), null);
    }

    @BeforeAll
    static void gather() throws Exception {
        Workspace ws = Workspace.standard();
        Path folder = Files.createDirectories(dir.resolve("收到的报告"));
        college(ws, folder, "甲学院", 12, 3);
        college(ws, folder, "乙学院", 30, 0);
        // A report without data: its figures are read from its text (估读).
        Files.writeString(folder.resolve("丙学院.txt"), String.join("\n", "丙学院2021-2022学年信息公开工作年度报告", "一、概述",
                "本学年，学校官网发布新闻7条。学校共收到信息公开申请5件。", ""), StandardCharsets.UTF_8);
        Files.write(folder.resolve("坏文件.pdf"), "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII));
        xlsx = dir.resolve("全省汇总.xlsx");
        html = dir.resolve("全省汇总.html");
        CliRun run = CliRun.of("gather", folder.toString(), "--out", xlsx.toString(), "--html", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(html.toString());
    }

    @Test
    void theChartsSheetHasABarChartPerFigureOverTheRangesBesideIt() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet charts = wb.getSheet("图表");
            assertThat(charts).isNotNull();
            List<XSSFChart> all = charts.getDrawingPatriarch().getCharts();
            assertThat(all).hasSize(2);
            Map<String, Double> byChannel = series(wb, all.get(0), "全省主动公开信息（按发布渠道）", "$A$2", "$B$2");
            Map<String, Double> received = series(wb, all.get(1), "各校收到的信息公开申请", "$D$2", "$E$2");

            // What the charts draw is what the 总表 says: each channel's column summed, each college's 收到申请.
            Sheet summary = wb.getSheet("总表");
            Row header = summary.getRow(0);
            assertThat(byChannel.keySet()).contains("学校官网", "信息公开网");
            for (Map.Entry<String, Double> e : byChannel.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(columnSum(summary, column(header, e.getKey())));
            }
            assertThat(byChannel.get("学校官网")).as("12 + 30 with data, 7 read from 丙学院's text").isEqualTo(49.0);
            assertThat(received).as("in the folder's (name) order")
                    .containsExactly(Map.entry("丙学院", 5.0), Map.entry("乙学院", 0.0), Map.entry("甲学院", 3.0));
        }
        List<String> errors = new ArrayList<>();
        OoxmlSchemas.validate(xlsx).forEach(p -> p.errors().forEach(e -> errors.add(p.name() + " " + e)));
        assertThat(errors).as("chart and drawing parts valid against ECMA-376").isEmpty();
    }

    /** The chart's one bar series: its title, where its names and figures start, and name → figure as the cells hold them. */
    private static Map<String, Double> series(XSSFWorkbook wb, XSSFChart chart, String title, String namesFrom, String valuesFrom) {
        assertThat(chart.getTitleText().getString()).isEqualTo(title);
        assertThat(chart.getChartSeries()).hasSize(1);
        XDDFChartData data = chart.getChartSeries().get(0);
        assertThat(data).isInstanceOf(XDDFBarChartData.class);
        assertThat(data.getSeriesCount()).isEqualTo(1);
        XDDFChartData.Series s = data.getSeries(0);
        String names = s.getCategoryData().getDataRangeReference();
        String values = s.getValuesData().getDataRangeReference();
        assertThat(names).startsWith("图表!" + namesFrom + ":");
        assertThat(values).startsWith("图表!" + valuesFrom + ":");
        CellReference[] nameCells = new AreaReference(names, SpreadsheetVersion.EXCEL2007).getAllReferencedCells();
        CellReference[] valueCells = new AreaReference(values, SpreadsheetVersion.EXCEL2007).getAllReferencedCells();
        assertThat(nameCells).hasSameSizeAs(valueCells);
        Map<String, Double> out = new LinkedHashMap<>();
        Sheet sheet = wb.getSheet("图表");
        for (int i = 0; i < nameCells.length; i++) {
            Cell name = sheet.getRow(nameCells[i].getRow()).getCell(nameCells[i].getCol());
            Cell value = sheet.getRow(valueCells[i].getRow()).getCell(valueCells[i].getCol());
            out.put(name.getStringCellValue(), value.getNumericCellValue());
        }
        return out;
    }

    @Test
    void libreOfficeCalcOpensTheWorkbookAndDrawsTheCharts() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("soffice") && Programs.onPath("pdftotext"),
                "LibreOffice or poppler is not installed here; .ci/run installs them");
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf;
        try (var files = Files.list(out)) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor()).isZero();
        assertThat(printed).contains("全省主动公开信息（按发布渠道）", "各校收到的信息公开申请", "甲学院");
    }

    @Test
    void theWebPageHoldsTheSummaryAndBothChartsAndFetchesNothing() throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        var doc = Jsoup.parse(page);
        assertThat(doc.select("script")).as("no scripts").isEmpty();
        assertThat(doc.select("link, img, iframe, object, embed")).as("nothing loaded from elsewhere").isEmpty();
        assertThat(page).doesNotContain("http://", "https://", "@import", "url(", "@font-face");
        assertThat(doc.select("style")).hasSize(1);

        Element channels = doc.getElementById("chart-channels");
        Element applications = doc.getElementById("chart-applications");
        assertThat(channels.select("svg")).hasSize(1);
        assertThat(channels.select("figcaption").text()).isEqualTo("全省主动公开信息（按发布渠道）");
        assertThat(entry(channels, "学校官网").attr("data-value")).isEqualTo("49");
        assertThat(entry(channels, "学校官网").select("text").last().text()).isEqualTo("49");
        assertThat(applications.select("g.entry").eachAttr("data-name")).containsExactly("丙学院", "乙学院", "甲学院");
        assertThat(applications.select("g.entry").eachAttr("data-value")).containsExactly("5", "0", "3");
        // Bars to scale: 丙学院's 5 is the longest, 乙学院's 0 has no length.
        assertThat(width(applications, "丙学院")).isGreaterThan(width(applications, "甲学院"));
        assertThat(width(applications, "乙学院")).isZero();

        Element table = doc.getElementById("summary");
        List<String> header = table.select("thead th").eachText();
        assertThat(header).startsWith("文件", "学校", "年度").contains("主动公开信息总数", "收到申请", "数据来源");
        Element jia = table.select("tbody tr").stream().filter(r -> r.child(0).text().equals("甲学院.pdf")).findFirst().orElseThrow();
        assertThat(jia.child(header.indexOf("主动公开信息总数")).text()).isEqualTo("12");
        assertThat(jia.child(header.indexOf("收到申请")).text()).isEqualTo("3");
        Element bing = table.select("tbody tr").stream().filter(r -> r.child(0).text().equals("丙学院.txt")).findFirst().orElseThrow();
        Element estimated = bing.child(header.indexOf("收到申请"));
        assertThat(estimated.text()).isEqualTo("5");
        assertThat(estimated.hasClass("est")).isTrue();
        assertThat(estimated.attr("title")).contains("学校共收到信息公开申请5件。");
        Element bad = table.select("tbody tr").stream().filter(r -> r.child(0).text().equals("坏文件.pdf")).findFirst().orElseThrow();
        assertThat(bad.child(header.size() - 1).text()).contains("无法读取");
    }

    private static Element entry(Element chart, String name) {
        return chart.select("g.entry").stream().filter(g -> g.attr("data-name").equals(name)).findFirst().orElseThrow();
    }

    private static int width(Element chart, String name) {
        return Integer.parseInt(entry(chart, name).selectFirst("rect").attr("width"));
    }

    private static int column(Row header, String title) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static double columnSum(Sheet sheet, int column) {
        double sum = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell c = sheet.getRow(r).getCell(column);
            if (c != null && c.getCellType() == CellType.NUMERIC) {
                sum += c.getNumericCellValue();
            }
        }
        return sum;
    }
}
