package org.nianbao.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.testing.Programs;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * A report as it was published comes back into the outline: the sample exported as PDF and DOCX
 * (and the DOCX saved as a web page by LibreOffice) reads back section for section; pages in the
 * shapes real school websites publish (breadcrumbs and bylines, headings set as bold body text, a
 * report with fewer parts than the outline) read into the parts they have.
 */
class PublishedReportsTest {
    @TempDir
    static Path dir;
    static Workspace workspace;
    static ProjectSession sample;
    static Path pdf;
    static Path docx;

    @BeforeAll
    static void exportTheSample() throws Exception {
        workspace = Workspace.standard();
        sample = workspace.open(Path.of("samples", "demo.nianbao"));
        pdf = dir.resolve("东瓯年报.pdf");
        docx = dir.resolve("东瓯年报.docx");
        sample.export(pdf, docx);
    }

    /** The section's text as the report printed it (its fields resolved), without whitespace. */
    private static Map<String, String> printed() {
        Map<String, String> bySection = new java.util.LinkedHashMap<>();
        for (Section s : sample.project().sections()) {
            bySection.put(s.id(), sample.fields().resolve(s.prose()).replaceAll("\\s", ""));
        }
        return bySection;
    }

    private static void readsBackSectionForSection(Path report, boolean marks) throws Exception {
        Workspace.FromPublished read = workspace.newFromPublished(report, Optional.of("moe-academic-year"), Optional.empty(), Optional.empty());
        Project p = read.project();
        assertThat(p.year()).isEqualTo(AcademicYear.parse("2022-2023"));
        assertThat(p.institution().name()).isEqualTo(sample.project().institution().name());
        assertThat(p.institution().office()).isEqualTo(sample.project().institution().office());
        assertThat(p.opening().replaceAll("\\s", "")).isEqualTo(sample.project().opening().replaceAll("\\s", ""));
        Map<String, String> printed = printed();
        for (Section s : sample.project().sections()) {
            String expected = printed.getOrDefault(s.id(), "");
            assertThat(p.section(s.id()).orElseThrow().prose().replaceAll("\\s", "")).as(report.getFileName() + " " + s.id())
                    .isEqualTo(expected);
        }
        assertThat(p.sections()).extracting(Section::id).containsExactlyElementsOf(sample.project().sections().stream().map(Section::id).toList());
        if (marks) {
            assertThat(p.itemMarks()).isEqualTo(sample.project().itemMarks());
        }
    }

    @Test
    void theSamplesPdfReadsBackSectionForSectionWithItsListMarksFromWhereTheCellsStand() throws Exception {
        readsBackSectionForSection(pdf, true);
    }

    @Test
    void theSamplesDocxReadsBackSectionForSectionWithItsListMarks() throws Exception {
        readsBackSectionForSection(docx, true);
    }

    @Test
    void theSamplesDocxSavedAsAWebPageByLibreOfficeReadsBackToo() throws Exception {
        Assumptions.assumeTrue(Programs.onPath("soffice"), "soffice is not installed here; .ci/run installs libreoffice-writer-nogui");
        Path out = Files.createDirectories(dir.resolve("html"));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "html", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path html = out.resolve("东瓯年报.html");
        assertThat(html).exists();
        readsBackSectionForSection(html, true);
    }

    @Test
    void aPageSavedFromASchoolWebsiteLosesItsNavigationBylinesAndFooter() throws Exception {
        String page = """
                <!DOCTYPE html><html><head><meta charset="gbk"><title>信息公开年度报告</title>
                <script>var a = "一、概述";</script></head><body>
                <div class="top"><a href="/">学校首页</a> <a href="/xxgk">信息公开</a> <a href="/xw">新闻中心</a></div>
                <div class="nav"><ul><li><a href="#">学校概况</a></li><li><a href="#">机构设置</a></li></ul></div>
                <div class="main"><div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
                <div class="article"><h1>西江职业技术学院2022-2023学年信息公开工作年度报告</h1>
                <p class="byline">发布时间：2023-10-28 作者：党政办公室 浏览次数：1024</p>
                <p>　　根据《高等学校信息公开办法》要求，学校编制本报告。本报告中所列数据的统计期限自2022年9月1日起至2023年8月31日止。</p>
                <p><strong>一、信息公开工作概述</strong></p>
                <p>　　本学年，学校进一步完善信息公开工作机制。</p>
                <p><strong>二、主动公开信息情况</strong></p>
                <p>　　学校通过官网、信息公开网主动公开信息<span>860</span>条。</p>
                <p><b>三、因学校信息公开工作遭到举报的情况</b></p><p>本学年未发生此类情况。</p>
                <p><b>四、工作中存在的主要问题及改进措施</b></p><p>信息公开的及时性仍需提高。</p>
                <p><b>五、其他需要报告的事项</b></p><p>无。</p>
                <p style="text-align:right">西江职业技术学院</p><p style="text-align:right">2023年10月28日</p>
                <div class="share">分享到：微信 微博</div><p>【打印本页】【关闭窗口】</p></div></div>
                <div class="foot">版权所有 西江职业技术学院 桂ICP备12345678号</div></body></html>
                """;
        Path file = dir.resolve("西江年报.htm");
        Files.write(file, page.getBytes(Charset.forName("GBK")));

        Workspace.FromPublished read = workspace.newFromPublished(file, Optional.of("moe-academic-year"), Optional.empty(), Optional.empty());
        Project p = read.project();
        assertThat(p.institution().name()).isEqualTo("西江职业技术学院");
        assertThat(p.year()).isEqualTo(AcademicYear.parse("2023-2024"));
        assertThat(p.opening()).startsWith("根据《高等学校信息公开办法》要求").doesNotContain("发布时间");
        assertThat(p.section("overview").orElseThrow().prose()).isEqualTo("本学年，学校进一步完善信息公开工作机制。");
        assertThat(p.section("proactive").orElseThrow().prose()).isEqualTo("学校通过官网、信息公开网主动公开信息860条。");
        assertThat(p.section("complaints").orElseThrow().prose()).isEqualTo("本学年未发生此类情况。");
        assertThat(p.section("improvements").orElseThrow().prose()).isEqualTo("信息公开的及时性仍需提高。");
        assertThat(p.section("other").orElseThrow().prose()).isEqualTo("无。");
        assertThat(read.reading().removed()).anyMatch(l -> l.startsWith("发布时间")).anyMatch(l -> l.contains("打印本页"));
        String all = String.join("", p.sections().stream().map(Section::prose).toList()) + p.opening();
        assertThat(all).doesNotContain("学校首页", "当前位置", "版权所有", "分享到", "var a");
        // Last year's text, this year's project: the window sentence is her first to-do.
        assertThat(workspace.checker().run(org.nianbao.check.CheckContext.of(p, workspace.kind(p.kindId()),
                java.time.LocalDate.of(2024, 10, 1), workspace.calendar())))
                .extracting(Finding::code).contains("check.prose.windowMismatch");
    }

    @Test
    void aWordFileWithHeadingsInBoldBodyTextAndFivePartsReadsIntoTheOutline() throws Exception {
        Path file = dir.resolve("南岭.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            add(d, "南岭师范学院2021-2022学年信息公开工作年度报告", true);
            add(d, "本报告依据《高等学校信息公开办法》编制，全文共五部分。", false);
            add(d, "一、概况", true);
            add(d, "学校信息公开工作平稳有序。", false);
            add(d, "二、主动公开情况", true);
            add(d, "（一）公开渠道", false);
            add(d, "学校以官网为主渠道。", false);
            add(d, "三、依申请公开情况", true);
            add(d, "本学年收到申请2件，均已按时答复。", false);
            add(d, "四、信息公开宣传培训", true);
            add(d, "组织培训3次。", false);
            add(d, "五、存在的不足和改进措施", true);
            add(d, "进一步提高公开质量。", false);
            d.write(out);
        }
        Workspace.FromPublished read = workspace.newFromPublished(file, Optional.of("moe-academic-year"), Optional.empty(), Optional.empty());
        Project p = read.project();
        assertThat(p.section("overview").orElseThrow().prose()).isEqualTo("学校信息公开工作平稳有序。");
        assertThat(p.section("proactive").orElseThrow().prose()).isEqualTo("（一）公开渠道\n\n学校以官网为主渠道。");
        assertThat(p.section("on-request").orElseThrow().prose()).startsWith("本学年收到申请2件");
        assertThat(p.section("improvements").orElseThrow().prose()).isEqualTo("进一步提高公开质量。");
        assertThat(p.sections()).extracting(Section::heading).contains("信息公开宣传培训");
        assertThat(read.reading().notes()).extracting(ReportReading.Note::key).contains("published.note.unmappedHeading");
        // Reviewed as it is, the parts it lacks are named.
        Workspace.Review review = workspace.review(file, Optional.empty(), Optional.empty());
        assertThat(review.project().year()).isEqualTo(AcademicYear.parse("2021-2022"));
        assertThat(review.findings()).filteredOn(f -> f.code().equals("check.section.empty")).extracting(Finding::excerpt)
                .contains("对信息公开的评议情况");
        assertThat(review.findings()).extracting(Finding::code).contains("check.prose.partsCount");
    }

    private static void add(XWPFDocument d, String text, boolean bold) {
        XWPFParagraph p = d.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
    }

    @Test
    void plainTextInGbkAndAnOldDocAndANonReportAreToldApart() throws Exception {
        Path txt = dir.resolve("报告.txt");
        Files.write(txt, "北山学院2020-2021学年信息公开工作年度报告\r\n一、概述\r\n学校坚持依法公开。\r\n".getBytes(Charset.forName("GB18030")));
        assertThat(workspace.newFromPublished(txt, Optional.of("moe-academic-year"), Optional.empty(), Optional.empty()).project()
                .section("overview").orElseThrow().prose()).isEqualTo("学校坚持依法公开。");
        Path doc = dir.resolve("旧.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> PublishedReader.read(doc)).isInstanceOf(PublishedReportException.class)
                .satisfies(e -> assertThat(((PublishedReportException) e).key()).isEqualTo("published.error.doc"));
        Path zip = dir.resolve("x.docx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> PublishedReader.read(zip))
                .satisfies(e -> assertThat(((PublishedReportException) e).key()).isEqualTo("published.error.damaged"));
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "随手记的几句话", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> workspace.newFromPublished(notes, Optional.of("moe-academic-year"), Optional.empty(), Optional.empty()))
                .isInstanceOf(org.nianbao.model.InvalidValueException.class);
        assertThat(workspace.newFromPublished(notes, Optional.of("moe-academic-year"), Optional.of(AcademicYear.parse("2024-2025")),
                Optional.of("北山学院")).project().opening()).isEqualTo("随手记的几句话");
        assertThat(List.of(pdf, docx)).allSatisfy(f -> assertThat(f).exists());
    }
}
