package org.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.intake.TemplateWriter;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.workspace.Workspace;

/**
 * The workbooks the sample's departments sent for 2021-2022 ({@code samples/submissions/}), written
 * the way they are filled in: our template for nine departments, and 计划财务处's own ledger with a
 * title row, text dates in four spellings, a header ("上线时间") the reader does not know and a total
 * row. 教务处 typed next year's calendar among its rows (dated 2022-09-05, outside the window).
 * Every value is fixed here, so the files are the same each time:
 * {@code java -cp target/nianbao.jar:target/test-classes org.nianbao.testing.SampleSeason samples/submissions}.
 */
public final class SampleSeason {
    public static final String OWN_TABLE_DEPARTMENT = "计划财务处";
    public static final String OWN_TABLE_FILE = "计划财务处-信息公开台账.xlsx";
    /** The header 计划财务处 uses for its dates, mapped with {@code --map 上线时间=date} on import. */
    public static final String OWN_TABLE_DATE_HEADER = "上线时间";
    /** 教务处's row dated after the window: rejected on import, the sample's one accepted finding. */
    public static final int LATE_ROW = 32;

    private static final String SITE = "信息公开网";
    private static final Date FIXED = Date.from(LocalDate.of(2022, 9, 8).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

    /** One row as a department typed it: month, 清单 item, title, channel. */
    record Entry(YearMonth month, int item, String title, String channel) {
    }

    private SampleSeason() {
    }

    public static void main(String[] args) throws Exception {
        for (Path p : write(Path.of(args.length > 0 ? args[0] : "samples/submissions"))) {
            System.out.println(p);
        }
    }

    /** The departments in the order the sample adds them. */
    public static List<String> departments() {
        return List.copyOf(season().keySet());
    }

    /** The file each department sent. */
    public static String fileOf(String department) {
        return department.equals(OWN_TABLE_DEPARTMENT) ? OWN_TABLE_FILE : department + ".xlsx";
    }

    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Workspace ws = Workspace.standard();
        Project project = ws.newProject("moe-academic-year", AcademicYear.parse("2021-2022"),
                Institution.named("东瓯职业技术学院")).withDepartmentsAdded(departments());
        ReportKind kind = ws.kind("moe-academic-year");
        TemplateWriter templates = new TemplateWriter(kind);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> d : season().entrySet()) {
            String department = d.getKey();
            Path target = dir.resolve(fileOf(department));
            if (department.equals(OWN_TABLE_DEPARTMENT)) {
                written.add(ownLedger(d.getValue(), target));
                continue;
            }
            Path template = Files.createTempFile("nianbao-template", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(template)) {
                    templates.write(project, department, out);
                }
                WorkbookFixtures.Filled filled = WorkbookFixtures.fill(template, target);
                int row = TemplateLayout.FIRST_DATA_ROW;
                for (int i = 0; i < d.getValue().size(); i++) {
                    Entry e = d.getValue().get(i);
                    filled.row(TemplateLayout.SHEET_RECORDS, row++, day(e.month(), i), e.title(), e.channel(),
                            item(kind, e.item()), link(department, e, i), "");
                }
                if (department.equals("教务处")) {
                    // Typed last, a week after the window closed: next year's report counts it.
                    filled.row(TemplateLayout.SHEET_RECORDS, LATE_ROW, LocalDate.of(2022, 9, 5), "2022-2023学年校历", SITE,
                            item(kind, 29), "https://xxgk.dongou-vtc.edu.cn/29/2022-2023.htm", "");
                }
                if (department.equals("党政办公室")) {
                    applications(filled);
                }
                counts(filled, kind, COUNTS.getOrDefault(department, Map.of()));
                ((XSSFWorkbook) filled.workbook()).getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
                written.add(filled.save());
            } finally {
                Files.deleteIfExists(template);
            }
        }
        return written;
    }

    /** The three applications of the year, as the prose tells them (received, replied within 15 working days). */
    private static void applications(WorkbookFixtures.Filled filled) {
        String sheet = TemplateLayout.SHEET_APPLICATIONS;
        filled.row(sheet, 2, LocalDate.of(2021, 11, 8), "自然人", "某专业学费收费标准及依据", LocalDate.of(2021, 11, 19), "公开", 0, "否", "");
        filled.row(sheet, 3, LocalDate.of(2022, 3, 14), "自然人", "2022年公开招聘专任教师岗位条件", LocalDate.of(2022, 3, 25), "公开", 0, "否", "");
        filled.row(sheet, 4, LocalDate.of(2022, 6, 6), "自然人", "某中职学校招生计划（属其他教育行政部门职责）", LocalDate.of(2022, 6, 10),
                "非本校职责或信息不存在", 0, "否", "已告知可咨询的单位");
    }

    private static void counts(WorkbookFixtures.Filled filled, ReportKind kind, Map<String, Long> counts) {
        Sheet sheet = filled.workbook().getSheet(TemplateLayout.SHEET_COUNTS);
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            String name = kind.counts().stream().filter(d -> d.id().equals(c.getKey())).findFirst().orElseThrow().name();
            for (Row r : sheet) {
                Cell label = r.getCell(0);
                if (label != null && name.equals(label.getStringCellValue())) {
                    (r.getCell(1) == null ? r.createCell(1) : r.getCell(1)).setCellValue(c.getValue());
                }
            }
        }
    }

    /** 计划财务处's own ledger: a title, who filled it, its own headers, dates spelt four ways, a total row. */
    private static Path ownLedger(List<Entry> entries, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("2021-2022学年");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            s.createRow(0).createCell(0).setCellValue("计划财务处2021-2022学年信息公开台账");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            s.createRow(1).createCell(0).setCellValue("填报单位：计划财务处　　填报日期：2022年9月6日");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
            String[] headers = {"序号", OWN_TABLE_DATE_HEADER, "信息名称", "发布平台", "公开栏目", "类别"};
            Row h = s.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue(i + 1);
                LocalDate d = day(e.month(), i);
                Cell date = r.createCell(1);
                switch (i % 4) {
                    case 0 -> date.setCellValue(d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth());
                    case 1 -> {
                        date.setCellValue(d);
                        date.setCellStyle(dateStyle);
                    }
                    case 2 -> date.setCellValue(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
                    default -> date.setCellValue(d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth());
                }
                r.createCell(2).setCellValue(e.title());
                r.createCell(3).setCellValue(e.channel());
                r.createCell(4).setCellValue("财务信息");
                r.createCell(5).setCellValue("财务资产及收费");
            }
            Row total = s.createRow(3 + entries.size());
            total.createCell(0).setCellValue("合计");
            total.createCell(2).setCellValue(entries.size() + "条");
            for (int c = 0; c < headers.length; c++) {
                s.setColumnWidth(c, (c == 2 ? 40 : 14) * 256);
            }
            wb.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(target, bytes.toByteArray());
        }
        return target;
    }

    /** A working day in the month, spread by the row's place; never outside the month. */
    static LocalDate day(YearMonth month, int index) {
        LocalDate d = month.atDay(3 + (index * 11) % 24);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String item(ReportKind kind, int number) {
        return TemplateLayout.itemLabel(number, kind.items().stream().filter(i -> i.number() == number).findFirst().orElseThrow().name());
    }

    private static String link(String department, Entry e, int index) {
        return e.channel().equals(SITE)
                ? String.format("https://xxgk.dongou-vtc.edu.cn/%d/%04d.htm", e.item(), 1000 + index)
                : e.channel();
    }

    private static final Map<String, Map<String, Long>> COUNTS = Map.of(
            "党政办公室", ordered("posts-notices", 248L, "meetings-party", 24L, "meetings-president", 22L,
                    "meetings-staff-congress", 1L, "trainings", 1L, "training-participants", 62L, "site-visits", 86_500L,
                    "complaints", 0L, "reconsiderations", 0L, "lawsuits", 0L),
            "党委宣传部", ordered("posts-website", 612L, "posts-wechat", 356L, "followers-wechat", 42_000L,
                    "posts-video", 86L, "issues-newspaper", 16L),
            "机电工程学院", ordered("posts-department-site", 812L),
            "信息工程学院", ordered("posts-department-site", 724L));

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return m;
    }

    /** Each department's rows: "2021-09|item|title" on 信息公开网 unless a channel follows. */
    private static Map<String, List<Entry>> season() {
        Map<String, List<Entry>> s = new LinkedHashMap<>();
        s.put("党政办公室", entries(
                "2021-09|1|学校基本情况（2021年9月更新）", "2021-09|2|东瓯职业技术学院章程（2021年修订）",
                "2021-09|5|2021-2022学年第一学期工作要点", "2021-09|6|2020-2021学年信息公开工作年度报告",
                "2021-10|2|东瓯职业技术学院信息公开实施细则", "2021-10|2|东瓯职业技术学院公文处理办法",
                "2021-10|5|2021年10月重点工作安排", "2021-10|4|学术委员会章程",
                "2021-11|2|东瓯职业技术学院印章管理规定", "2021-11|5|2021年11月重点工作安排",
                "2021-11|3|教职工代表大会实施细则", "2021-12|1|校级领导班子简介及分工（2021年12月调整）",
                "2021-12|2|东瓯职业技术学院“三重一大”决策制度实施办法", "2021-12|5|2021年12月重点工作安排",
                "2022-01|4|学术委员会2021年度工作报告", "2022-01|5|“十四五”发展规划",
                "2022-01|49|巡察反馈意见整改进展情况通报", "2022-02|2|东瓯职业技术学院合同管理办法",
                "2022-02|5|2022年学校工作要点", "2022-02|5|2021-2022学年第二学期工作要点",
                "2022-03|3|第三届教职工代表大会第二次会议工作报告", "2022-03|3|教职工代表大会提案工作办法",
                "2022-03|4|学术委员会委员名单", "2022-03|2|东瓯职业技术学院档案管理办法",
                "2022-03|50|突发事件总体应急预案（修订）", "2022-04|2|东瓯职业技术学院信访工作办法",
                "2022-04|5|2022年4月重点工作安排", "2022-04|1|内设机构及二级学院设置一览",
                "2022-04|50|校园疫情防控应急处置预案", "2022-05|3|第三届教代会第二次会议提案办理情况通报",
                "2022-05|2|东瓯职业技术学院督查督办工作办法", "2022-05|5|2022年5月重点工作安排",
                "2022-06|2|东瓯职业技术学院校园安全管理规定", "2022-06|5|2022年6月重点工作安排",
                "2022-06|6|关于报送2021-2022学年信息公开材料的通知", "2022-06|49|巡察整改情况公告",
                "2022-07|2|东瓯职业技术学院网站和新媒体管理办法", "2022-07|1|2021-2022学年在校生和教职工数量统计",
                "2022-07|5|2022年暑期工作安排", "2022-08|6|信息公开工作年度报告编制工作的通知"));
        s.put("党委宣传部", entries(
                "2021-10|6|一图读懂2020-2021学年信息公开年度报告|微信公众号", "2022-01|1|东瓯职院2021年度十大新闻|学校官网",
                "2022-02|5|图解2022年学校工作要点|学校官网", "2022-03|3|教代会专题（《东瓯职院报》第9期）|校报",
                "2022-04|7|2022年提前招生政策解读|微信公众号", "2022-07|9|带你云游东瓯职院（录取季特辑）|视频号/抖音"));
        s.put("招生就业处", entries(
                "2021-09|10|2021级新生入学资格复查工作方案", "2021-10|10|2021级新生入学资格复查结果公示",
                "2021-11|10|招生咨询电话及考生申诉渠道", "2022-01|7|2022年提前招生章程", "2022-01|7|2022年提前招生计划",
                "2022-02|8|2022年提前招生考核办法", "2022-02|7|2022年退役军人专项招生办法",
                "2022-03|8|2022年提前招生入围考生名单", "2022-03|10|2022年招生工作监督举报电话",
                "2022-04|8|2022年提前招生测试成绩公示", "2022-04|8|2022年提前招生拟录取名单公示",
                "2022-04|9|2022年提前招生录取人数和最低分", "2022-04|8|2022年退役军人专项招生拟录取名单",
                "2022-05|7|2022年招生章程", "2022-05|7|2022年中职升高职招生计划", "2022-05|10|2022年招生咨询会安排",
                "2022-06|7|2022年普通高考分省分专业招生计划", "2022-06|7|2022年五年一贯制转段招生方案",
                "2022-06|9|2022年单独考试招生录取情况", "2022-07|9|2022年录取结果查询方式",
                "2022-07|9|2022年浙江省普通类第一段录取情况", "2022-08|9|2022年浙江省普通类第二段录取情况",
                "2022-08|9|2022年省外各批次录取人数和最低分", "2022-08|10|2022级新生报到须知",
                "2022-05|7|2022年招生专业介绍|微信公众号", "2022-07|9|2022年录取查询入口开通|微信公众号",
                "2022-08|9|2022年录取通知书寄送查询|微信公众号"));
        s.put(OWN_TABLE_DEPARTMENT, entries(
                "2021-09|21|2021-2022学年学费住宿费收费标准公示", "2021-09|21|2021年秋季学期收费项目及标准",
                "2021-09|21|收费投诉电话公告", "2021-10|18|实训中心设备采购项目招标公告",
                "2021-10|15|财务管理办法（修订）", "2021-11|18|实训中心设备采购项目中标结果公告",
                "2021-11|18|图书馆图书采购项目招标公告", "2021-11|15|国有资产管理办法",
                "2021-12|18|图书馆图书采购项目中标结果公告", "2021-12|18|学生公寓空调安装项目招标公告",
                "2022-01|18|学生公寓空调安装项目中标结果公告", "2022-01|18|2022年度政府采购意向公开",
                "2022-02|19|2022年部门预算", "2022-02|15|政府采购管理办法", "2022-03|18|校园网络升级项目招标公告",
                "2022-03|18|体育馆维修工程招标公告", "2022-04|18|校园网络升级项目中标结果公告",
                "2022-04|18|体育馆维修工程中标结果公告", "2022-04|18|教学楼消防改造工程招标公告",
                "2022-05|18|教学楼消防改造工程中标结果公告", "2022-05|18|食堂设备采购项目招标公告",
                "2022-05|16|2021年度受赠财产使用情况", "2022-06|18|食堂设备采购项目中标结果公告",
                "2022-06|18|智慧教室建设项目招标公告", "2022-07|18|智慧教室建设项目中标结果公告",
                "2022-07|18|办公家具采购项目招标公告", "2022-07|20|2021年部门决算",
                "2022-08|18|办公家具采购项目中标结果公告", "2022-08|21|2022-2023学年收费项目及标准公示",
                "2022-08|20|2021年“三公”经费决算说明"));
        s.put("人事处", entries(
                "2021-09|25|2021年下半年公开招聘工作人员公告", "2021-09|25|中层干部任免通知（2021年9月）",
                "2021-10|24|岗位设置管理实施办法（修订）", "2021-10|26|教职工申诉处理办法",
                "2021-11|24|专业技术职务评聘办法", "2021-11|25|2021年公开招聘高层次人才公告",
                "2021-11|25|2021年下半年公开招聘拟聘用人员公示", "2021-11|26|劳动人事争议调解委员会组成",
                "2021-12|22|校级领导干部社会兼职情况（2021年）", "2021-12|24|2021年专业技术职务评聘结果公示",
                "2021-12|25|中层干部任前公示（2021年12月）", "2022-01|23|校级领导干部因公出国（境）情况（2021年）",
                "2022-01|25|中层干部任免通知（2022年1月）", "2022-02|24|编外用工管理办法",
                "2022-03|25|2022年上半年公开招聘工作人员公告", "2022-03|26|教职工争议调解工作规程",
                "2022-04|25|2022年公开招聘专任教师公告", "2022-05|25|2022年公开招聘辅导员公告",
                "2022-06|24|2022年岗位聘期考核工作方案", "2022-06|25|2022年上半年公开招聘拟聘用人员公示",
                "2022-06|25|中层干部任前公示（2022年6月）", "2022-07|22|校级领导干部社会兼职情况（2022年上半年）",
                "2022-07|23|校级领导干部因公出国（境）情况（2022年上半年）", "2022-07|25|2022年公开招聘专任教师拟聘用人员公示",
                "2022-07|25|2022年中层干部轮岗交流名单", "2022-08|26|2021-2022学年教职工申诉受理情况"));
        s.put("教务处", entries(
                "2021-09|29|2021-2022学年校历", "2021-09|29|2021级专业人才培养方案",
                "2021-09|29|2021-2022学年第一学期开课一览", "2021-10|27|2021年全日制在校生结构统计",
                "2021-10|27|2021-2022学年教师数量及结构统计", "2021-10|30|2021-2022学年第一学期教授授课情况",
                "2021-11|29|2021-2022学年第一学期期中教学检查情况通报", "2021-11|29|公共选修课管理办法",
                "2021-12|33|2021届毕业生就业质量年度报告", "2021-12|32|2021届毕业生就业率和流向统计",
                "2021-12|29|2021-2022学年第一学期期末考试安排", "2022-01|34|2021年艺术教育发展年度报告",
                "2022-01|35|2021年高等职业教育质量年度报告", "2022-02|29|2021-2022学年第二学期开课一览",
                "2022-02|29|实践教学管理规定", "2022-03|30|2021-2022学年第二学期教授授课情况",
                "2022-03|28|2022年新增专业备案公示", "2022-03|31|2022届毕业生就业创业扶持政策汇编",
                "2022-04|28|2022年停招专业公告", "2022-04|29|2021-2022学年第二学期期中教学检查情况通报",
                "2022-04|31|2022年校园招聘会安排", "2022-05|29|课程考核管理办法", "2022-05|29|教学事故认定及处理办法",
                "2022-05|31|就业指导课程建设方案", "2022-05|29|2022年教学成果奖推荐名单公示",
                "2022-06|29|2022年省级精品在线开放课程推荐名单公示", "2022-06|31|2022届毕业生就业帮扶工作方案",
                "2022-06|29|2021-2022学年第二学期期末考试安排", "2022-07|28|2022年招生专业目录",
                "2022-07|32|2022届毕业生规模与结构"));
        s.put("学生工作部", entries(
                "2021-09|36|学生学籍管理规定（修订）", "2021-09|37|国家奖学金评审办法", "2021-09|37|生源地信用助学贷款办理指南",
                "2021-09|37|勤工助学管理办法", "2021-09|37|家庭经济困难学生认定办法", "2021-09|38|学生违纪处分办法（修订）",
                "2021-09|38|学生奖励办法", "2021-09|39|学生申诉处理办法", "2021-10|36|2021级新生学籍注册通知",
                "2021-10|37|2021年国家奖学金拟推荐名单公示", "2021-10|37|2021年国家励志奖学金拟获奖名单公示",
                "2021-10|37|2021年国家助学金拟资助名单公示", "2021-10|39|学生申诉处理委员会组成名单",
                "2021-11|37|2021年省政府奖学金拟获奖名单公示", "2021-11|37|2021年度校级奖学金评审结果公示",
                "2021-12|37|2021-2022学年学费减免名单公示", "2022-03|37|2022年春季学期临时困难补助发放公示",
                "2022-03|37|2022年勤工助学岗位设置", "2022-04|38|2021-2022学年优秀学生和先进班集体评选结果公示",
                "2022-05|37|2022届毕业生助学贷款还款确认通知", "2022-05|38|2022届省级优秀毕业生名单公示",
                "2022-05|38|2022届校级优秀毕业生名单公示", "2022-07|36|2021-2022学年学籍异动情况公示",
                "2022-07|39|2021-2022学年学生申诉受理情况"));
        s.put("科研处", entries(
                "2021-09|41|科研项目管理办法", "2021-10|40|学风建设委员会组成及职责", "2021-10|40|学风建设工作实施方案",
                "2021-10|42|学术道德委员会组成名单", "2021-11|41|科研经费管理办法（修订）", "2021-11|42|学术不端行为处理办法",
                "2021-11|42|学术不端行为举报受理方式", "2021-12|41|学术论文发表规范", "2022-01|41|科研成果认定与奖励办法",
                "2022-01|42|2021年科研诚信建设情况通报", "2022-02|42|科研诚信案件调查处理规则",
                "2022-03|41|横向科研项目管理办法", "2022-03|41|2021年度科研成果奖励名单公示",
                "2022-04|41|科研诚信承诺制度", "2022-04|40|2022年学风建设月活动安排", "2022-05|41|2022年度校级科研项目立项名单公示"));
        s.put("机电工程学院", entries(
                "2021-09|29|机电一体化技术专业2021级人才培养方案|二级单位网站", "2021-12|32|机电工程学院2021届毕业生就业情况|二级单位网站",
                "2022-04|37|机电工程学院2021-2022学年奖学金评定结果公示|二级单位网站", "2022-06|28|工业机器人技术专业建设方案|二级单位网站"));
        s.put("信息工程学院", entries(
                "2021-09|29|计算机应用技术专业2021级人才培养方案|二级单位网站", "2021-12|32|信息工程学院2021届毕业生就业情况|二级单位网站",
                "2022-04|37|信息工程学院2021-2022学年奖学金评定结果公示|二级单位网站", "2022-06|28|大数据技术专业建设方案|二级单位网站"));
        return s;
    }

    private static List<Entry> entries(String... rows) {
        List<Entry> list = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\|");
            list.add(new Entry(YearMonth.parse(f[0]), Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : SITE));
        }
        return list;
    }
}
