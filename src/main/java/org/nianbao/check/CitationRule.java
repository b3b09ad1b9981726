package org.nianbao.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.ChineseDates;

/**
 * The documents a report cites, against {@link Citations}: a title one or two characters off a
 * known one (《高等学校信息公开清单》 for 《高等学校信息公开事项清单》), an order cited by the wrong form
 * (教育部29号令 for 教育部令第29号), and a document cited as in force when the report's period
 * started after it was replaced (国务院令第492号 after 2019-05-15). All warnings, each with its fix;
 * a sentence that speaks of the past (2008年…, 原…, 修订前…) is not judged for replacement.
 */
final class CitationRule implements Rule {
    static final String TITLE = "check.proof.citation";
    static final String ORDER_FORM = "check.proof.citationNumber";
    static final String REPLACED = "check.proof.citationReplaced";
    /** A title in 《》, or one inside another title in 〈〉 (or the <> the paired-marks rule names). */
    private static final Pattern TITLE_MARKS = Pattern.compile("《([^《》〈〉<>\\n]{2,60})》|[〈<]([^《》〈〉<>\\n]{2,60})[〉>]");
    /** The number cited in brackets right after a title: （教办函〔2014〕23号）, （教育部令第29号）. */
    private static final Pattern CITED_NUMBER = Pattern.compile("[（(]([^（）()\\n]{4,24}?(?:号|号令))[）)]");
    private static final Pattern HISTORY = Pattern.compile("(?:19|20)\\d{2}年|原|修订前|曾|废止|此前|以前|旧");

    private final Citations citations;
    private final Pattern orderForm;

    CitationRule(Citations citations) {
        this.citations = citations;
        Set<String> issuers = new LinkedHashSet<>();
        for (Citations.Document d : citations.documents()) {
            int at = d.number().indexOf("令第");
            if (at > 0) {
                issuers.add(Pattern.quote(d.number().substring(0, at)));
            }
        }
        // 教育部29号令, 教育部第29号令, 国务院第711号令 — each issuer that makes 令 in the data
        orderForm = issuers.isEmpty() ? null
                : Pattern.compile("(" + String.join("|", issuers) + ")(?:令)?\\s*(第)?\\s*(\\d{1,4})\\s*号令");
    }

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (Citations.Problem p : citations.problems()) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.citations.unreadable", "project", p.file(), p.file(), p.detail()));
        }
        LocalDate periodStart = ctx.window().start();
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            titles(part, text, report);
            List<int[]> orderSpans = new ArrayList<>();
            if (orderForm != null) {
                Matcher m = orderForm.matcher(text);
                while (m.find()) {
                    String canonical = m.group(1) + "令第" + Integer.parseInt(m.group(3)) + "号";
                    orderSpans.add(new int[] {m.start(), m.end()});
                    if (!replaced(part, text, m.start(), m.group(), canonical, periodStart, report)) {
                        report.accept(Finding.of(Finding.Severity.WARNING, ORDER_FORM, part.at(m.start()), m.group(), m.group(), canonical)
                                .withFix(new Finding.Fix(part.location(), m.start(), m.group(), canonical)));
                    }
                }
            }
            for (Citations.Document d : citations.documents()) {
                if (d.replacedBy().isEmpty() || d.number().isEmpty()) {
                    continue;
                }
                for (int at = text.indexOf(d.number()); at >= 0; at = text.indexOf(d.number(), at + 1)) {
                    int from = at;
                    if (orderSpans.stream().noneMatch(s -> from >= s[0] && from < s[1])) {
                        replaced(part, text, at, d.number(), d.number(), periodStart, report);
                    }
                }
            }
        }
    }

    /** Reports {@code written} (which means the document numbered {@code number}) if it was replaced before the period. */
    private boolean replaced(CheckContext.ProsePart part, String text, int at, String written, String number,
                             LocalDate periodStart, Consumer<Finding> report) {
        var doc = citations.byNumber(number);
        if (doc.isEmpty() || doc.get().inForceTo() == null || doc.get().replacedBy().isEmpty()
                || !doc.get().inForceTo().isBefore(periodStart)) {
            return false;
        }
        String sentence = text.substring(ProseText.sentenceStart(text, at), ProseText.sentenceEnd(text, at));
        if (HISTORY.matcher(sentence).find()) {
            return true; // spoken of as history: right as written, and no other finding either
        }
        String replacement = doc.get().replacedBy();
        LocalDate since = citations.byNumber(replacement).map(Citations.Document::inForceFrom).orElse(doc.get().inForceTo().plusDays(1));
        report.accept(Finding.of(Finding.Severity.WARNING, REPLACED, part.at(at), written, written, replacement,
                        ChineseDates.format(since))
                .withFix(new Finding.Fix(part.location(), at, written, replacement)));
        return true;
    }

    private void titles(CheckContext.ProsePart part, String text, Consumer<Finding> report) {
        Matcher m = TITLE_MARKS.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String title = m.group(group).strip();
            List<Citations.Document> exact = citations.documents().stream()
                    .filter(d -> d.title().equals(title) || d.shortTitles().contains(title)).toList();
            if (!exact.isEmpty()) {
                citedNumber(part, text, m, exact, report);
                continue;
            }
            // The closest known title; at equal distance the one sharing more characters in order
            // (清单 → 事项清单 rather than 办法); still tied, no one correction: no finding.
            String nearest = null;
            int best = Integer.MAX_VALUE;
            int bestShared = -1;
            boolean tied = false;
            for (Citations.Document d : citations.documents()) {
                List<String> names = new ArrayList<>(d.shortTitles());
                names.add(0, d.title());
                for (String name : names) {
                    int distance = distance(title, name, 3);
                    if (distance > allowed(name) || name.equals(nearest)) {
                        continue;
                    }
                    int shared = commonSubsequence(title, name);
                    if (distance < best || (distance == best && shared > bestShared)) {
                        best = distance;
                        bestShared = shared;
                        nearest = name;
                        tied = false;
                    } else if (distance == best && shared == bestShared) {
                        tied = true;
                    }
                }
            }
            if (nearest != null && !tied) {
                String written = m.group(group);
                report.accept(Finding.of(Finding.Severity.WARNING, TITLE, part.at(m.start(group)), written, written, nearest)
                        .withFix(new Finding.Fix(part.location(), m.start(group), written, nearest)));
            }
        }
    }

    /** The number cited right after a known title, when it is none of that document's numbers. */
    private static void citedNumber(CheckContext.ProsePart part, String text, Matcher title, List<Citations.Document> docs,
                                    Consumer<Finding> report) {
        int after = title.end();
        if (title.group(1) == null) {
            int outer = text.indexOf('》', after); // an inner title: its number follows the outer title
            if (outer < 0 || outer - after > 40) {
                return;
            }
            after = outer + 1;
        }
        Matcher n = CITED_NUMBER.matcher(text).region(after, Math.min(text.length(), after + 30));
        if (!n.lookingAt()) {
            return;
        }
        String written = n.group(1);
        List<String> numbers = docs.stream().map(Citations.Document::number).filter(x -> !x.isEmpty()).toList();
        String canonical = canonical(written);
        // 中华人民共和国教育部令第29号 is the same number written in full
        if (numbers.isEmpty() || numbers.stream().anyMatch(canonical::endsWith) || written.endsWith("号令") || numbers.size() > 1) {
            return; // several documents share the title (an order and its revision): the replacement check speaks
        }
        report.accept(Finding.of(Finding.Severity.WARNING, ORDER_FORM, part.at(n.start(1)), written, written, numbers.get(0))
                .withFix(new Finding.Fix(part.location(), n.start(1), written, numbers.get(0))));
    }

    /**
     * A cited number as it would be written right: without spaces, its 〔〕 and year set right (the
     * document-number rule names those slips; this rule only names a number that is another one).
     */
    private static String canonical(String written) {
        String s = written.replace(" ", "").replace("\u3000", "");
        for (DocumentNumbers.Found f : DocumentNumbers.find(s, 2100)) {
            return s.substring(0, f.start()) + f.correct() + s.substring(f.end());
        }
        return s;
    }

    /** How many characters a title may be off and still be taken for the known one: 1, 2 from eight characters on. */
    private static int allowed(String name) {
        return name.length() >= 8 ? 2 : 1;
    }

    /** The length of the longest common subsequence of two short titles. */
    static int commonSubsequence(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

    /** Levenshtein distance, or {@code cap + 1} once it is known to exceed {@code cap}. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
