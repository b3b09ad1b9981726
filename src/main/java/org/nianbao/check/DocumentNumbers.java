package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers (发文字号: 教办函〔2014〕23号) in prose, well formed or not, so that the
 * document-number rule can name the broken ones and the date rule does not read 〔201423号 as the
 * date 2014年2月3日. GB/T 9704 §7.2.4: the year in full, in 六角括号 〔〕, then the number and 号.
 */
final class DocumentNumbers {
    private static final Pattern CANDIDATE = Pattern.compile(
            "([\\[(（【［〔﹝〖{｛])?([ \u3000]*)(\\d{4}|\\d{2})([\\])）】］〕﹞〗}｝])?(第)?(\\d{1,4})号");
    /** The last character of an issuer's code before a number with lost brackets: 教办函, 国办发, 教技字. */
    private static final String ISSUER_ENDS = "发函字办文通规电复令厅便";
    /** After 号, a building or a line, not a document: 23号楼, 5号线. */
    private static final String NOT_DOCUMENT_AFTER = "楼院线码房门馆室栋舍";

    private DocumentNumbers() {
    }

    /** One document number as written, and how it should be written. */
    record Found(int start, int end, String written, String correct, Problem problem) {
    }

    enum Problem {
        /** 〔2014〕23号 (or ﹝2014﹞, which prints alike). */
        NONE,
        /** A bracket lost: 〔201423号, 2014〕23号, 教办函201423号. The number cannot be read as written. */
        LOST_BRACKET,
        /** Brackets of the wrong kind ([2014]23号, (2014)23号, 【2014】23号) or a two-digit year (〔14〕23号). */
        WRONG_FORM
    }

    static List<Found> find(String text, int contextYear) {
        List<Found> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String open = m.group(1);
            String close = m.group(4);
            String year = m.group(3);
            int start = m.start();
            if (ProseText.isDigit(ProseText.at(text, start - 1)) || ProseText.isDigit(ProseText.at(text, m.start(3) - 1))) {
                from = start + 1; // inside a longer number
                continue;
            }
            if (NOT_DOCUMENT_AFTER.indexOf(ProseText.at(text, m.end())) >= 0 && ProseText.at(text, m.end()) >= 0) {
                continue;
            }
            int before = ProseText.at(text, skipSpacesBack(text, start - 1));
            boolean issuer = before >= 0 && ISSUER_ENDS.indexOf(before) >= 0;
            boolean hanBefore = ProseText.isHan(before);
            int y = Integer.parseInt(year);
            boolean fullYear = year.length() == 4;
            if (fullYear && (y < 1949 || y > 2100)) {
                continue;
            }
            boolean bothBrackets = open != null && close != null;
            if (!bothBrackets && !(issuer || (open != null && hanBefore))) {
                continue; // "2021年…" or a bare number: nothing says it is a document number
            }
            if (bothBrackets && !hanBefore && !(fullYear)) {
                continue;
            }
            if (!m.group(2).isEmpty() && open == null) {
                continue;
            }
            int fullYearValue = fullYear ? y : (2000 + y <= contextYear + 1 ? 2000 + y : 1900 + y);
            String correct = "〔" + fullYearValue + "〕" + Integer.parseInt(m.group(6)) + "号";
            String written = m.group();
            Problem problem;
            if (!bothBrackets) {
                if (!fullYear) {
                    continue; // 14 23号: too little to go on
                }
                problem = Problem.LOST_BRACKET;
            } else if (isSixCorner(open) && isSixCorner(close) && fullYear && m.group(2).isEmpty() && m.group(5) == null) {
                problem = Problem.NONE;
            } else {
                problem = Problem.WRONG_FORM;
            }
            out.add(new Found(start, m.end(), written, correct, problem));
        }
        return out;
    }

    private static boolean isSixCorner(String bracket) {
        return bracket.equals("〔") || bracket.equals("〕") || bracket.equals("﹝") || bracket.equals("﹞");
    }

    private static int skipSpacesBack(String text, int i) {
        int j = i;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
            j--;
        }
        return j;
    }

    /** True if [start, end) overlaps one of the document numbers. */
    static boolean overlaps(List<Found> numbers, int start, int end) {
        for (Found f : numbers) {
            if (start < f.end() && end > f.start()) {
                return true;
            }
        }
        return false;
    }
}
