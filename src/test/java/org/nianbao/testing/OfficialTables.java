package org.nianbao.testing;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.model.TableEntries;

/**
 * The government Tables 3 and 4 laid out as published reports print them (国办公开办函〔2021〕30号):
 * Table 3 with three columns of nested row names and a three-level header, Table 4 with its
 * three-level header and one unnamed row of 15 figures. Written as a real workbook with merged
 * cells, or as the text Word (merged cells left blank) and a browser (merged cells once) put on
 * the clipboard. Some figures are typed with full-width digits, as Chinese input methods give them.
 */
public final class OfficialTables {
    private OfficialTables() {
    }

    private static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    /** Figures per row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计; "" is empty. */
    private static final String[][] TABLE3 = {
            {"一、本年新收政府信息公开申请数量", "", "", "５", "2", "", "", "", "0", "7"},
            {"二、上年结转政府信息公开申请数量", "", "", "1", "", "", "", "", "", "1"},
            {"三、本年度办理结果", "（一）予以公开", "", "3", "２", "", "", "", "", "5"},
            {"", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "1", "", "", "", "", "", "1"},
            {"", "（三）不予公开", "1．属于国家秘密", "0", "", "", "", "", "", "0"},
            {"", "", "2．其他法律行政法规禁止公开", "", "", "", "", "", "", ""},
            {"", "", "3．危及“三安全一稳定”", "", "", "", "", "", "", ""},
            {"", "", "4．保护第三方合法权益", "", "", "", "", "", "", ""},
            {"", "", "5．属于三类内部事务信息", "", "", "", "", "", "", ""},
            {"", "", "6．属于四类过程性信息", "", "", "", "", "", "", ""},
            {"", "", "7．属于行政执法案卷", "", "", "", "", "", "", ""},
            {"", "", "8．属于行政查询事项", "", "", "", "", "", "", ""},
            {"", "（四）无法提供", "1．本机关不掌握相关政府信息", "1", "", "", "", "", "", "1"},
            {"", "", "2．没有现成信息需要另行制作", "", "", "", "", "", "", ""},
            {"", "", "3．补正后申请内容仍不明确", "", "", "", "", "", "", ""},
            {"", "（五）不予处理", "1．信访举报投诉类申请", "", "", "", "", "", "", ""},
            {"", "", "2．重复申请", "", "", "", "", "", "", ""},
            {"", "", "3．要求提供公开出版物", "", "", "", "", "", "", ""},
            {"", "", "4．无正当理由大量反复申请", "", "", "", "", "", "", ""},
            {"", "", "5．要求行政机关确认或重新出具已获取信息", "", "", "", "", "", "", ""},
            {"", "（六）其他处理", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""},
            {"", "", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""},
            {"", "", "3．其他", "", "", "", "", "", "", ""},
            {"", "（七）总计", "", "5", "2", "", "", "", "0", "7"},
            {"四、结转下年度继续办理", "", "", "1", "", "", "", "", "", "1"},
    };
    private static final String[] ROW_IDS = {"1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7",
            "3.3.8", "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3", "3.7", "4"};
    private static final String[] COLUMN_IDS = {"natural", "business", "research", "public-interest", "legal-service", "other-org", "total"};

    /** The printed Table 3: three header lines, then a line per row; merged cells blank but for their first. */
    public static List<List<String>> table3() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(CORNER, "", "", "申请人情况", "", "", "", "", "", ""));
        rows.add(List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        rows.add(List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        for (String[] r : TABLE3) {
            rows.add(List.of(r));
        }
        return rows;
    }

    /** Table 3's figures as typed one cell at a time ({@code tables set}), empty cells left alone. */
    public static TableEntries table3TypedOneByOne() {
        TableEntries e = TableEntries.NONE;
        for (int r = 0; r < TABLE3.length; r++) {
            for (int c = 0; c < COLUMN_IDS.length; c++) {
                String v = TABLE3[r][3 + c];
                if (!v.isEmpty()) {
                    e = e.with("3", ROW_IDS[r], COLUMN_IDS[c], new BigDecimal(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)));
                }
            }
        }
        return e;
    }

    /** Every cell of Table 3 set one by one, as {@code tables set} and {@code tables clear} would leave them. */
    public static List<String[]> table3Cells() {
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < TABLE3.length; r++) {
            for (int c = 0; c < COLUMN_IDS.length; c++) {
                String v = TABLE3[r][3 + c];
                if (!v.isEmpty()) {
                    out.add(new String[] {ROW_IDS[r], COLUMN_IDS[c], java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)});
                }
            }
        }
        return out;
    }

    /** The merged regions of the printed Table 3 ({@code firstRow, lastRow, firstCol, lastCol}). */
    public static List<int[]> table3Merges() {
        List<int[]> m = new ArrayList<>();
        m.add(new int[] {0, 2, 0, 2}); // corner
        m.add(new int[] {0, 0, 3, 9}); // 申请人情况
        m.add(new int[] {1, 2, 3, 3}); // 自然人
        m.add(new int[] {1, 1, 4, 8}); // 法人或其他组织
        m.add(new int[] {1, 2, 9, 9}); // 总计
        m.add(new int[] {3, 3, 0, 2});
        m.add(new int[] {4, 4, 0, 2});
        m.add(new int[] {5, 26, 0, 0}); // 三、本年度办理结果
        m.add(new int[] {5, 5, 1, 2});
        m.add(new int[] {6, 6, 1, 2});
        m.add(new int[] {7, 14, 1, 1}); // （三）
        m.add(new int[] {15, 17, 1, 1});
        m.add(new int[] {18, 22, 1, 1});
        m.add(new int[] {23, 25, 1, 1});
        m.add(new int[] {26, 26, 1, 2});
        m.add(new int[] {27, 27, 0, 2});
        return m;
    }

    /** The printed Table 4: 行政复议 and 行政诉讼, the latter split in two, and one row of figures without a name. */
    public static List<List<String>> table4(String... figures) {
        List<List<String>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>(List.of("行政复议", "", "", "", "", "行政诉讼"));
        pad(top, 15);
        List<String> middle = new ArrayList<>(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "",
                "复议后起诉"));
        pad(middle, 15);
        List<String> bottom = new ArrayList<>(List.of("", "", "", "", ""));
        for (int g = 0; g < 2; g++) {
            bottom.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        rows.add(top);
        rows.add(middle);
        rows.add(bottom);
        rows.add(List.of(figures));
        return rows;
    }

    private static void pad(List<String> row, int width) {
        while (row.size() < width) {
            row.add("");
        }
    }

    /** What Word and WPS put on the clipboard: cells by tabs, merged cells blank, a line per row. */
    public static String wordText(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    /**
     * What a browser puts on the clipboard from an HTML table: a merged cell appears once, so the
     * rows under or beside it are shorter on the left; empty figure cells stay.
     */
    public static String browserText(List<List<String>> rows, int figureColumns, int headerRows) {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            int labels = r.size() - figureColumns;
            List<String> kept = new ArrayList<>();
            boolean header = n < headerRows;
            for (int i = 0; i < r.size(); i++) {
                boolean inLabels = i < labels;
                if (!r.get(i).isEmpty() || !inLabels && !header) {
                    kept.add(r.get(i));
                }
            }
            lines.add(String.join("\t", kept));
        }
        return String.join("\n", lines) + "\n";
    }

    /** A real .xlsx with the layout on its first sheet, figures that are plain digits written as numbers. */
    public static Path writeXlsx(Path file, List<List<String>> rows, List<int[]> merges) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("表三");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (v.matches("[0-9]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            for (int[] m : merges) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            wb.write(out);
        }
        return file;
    }
}
