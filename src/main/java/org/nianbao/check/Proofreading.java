package org.nianbao.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The proofreading rules' facts, from {@code proofreading.json} beside this class: how pasted
 * web-page lines (breadcrumbs, bylines, footers) start, and the reduplicated words that are real
 * words rather than a word typed twice.
 */
final class Proofreading {
    private static final Proofreading BUILT_IN = read();

    final List<String> lineStarts;
    final List<String> homes;
    final List<String> separators;
    final List<String> labels;
    final List<String> weakLabels;
    final List<String> words;
    final List<String> footers;
    final Set<String> reduplications;
    /** Where a part's own name holds a 、 (举报、复议、诉讼), so a list of parts is not split there. */
    final List<String> partJoins;

    private Proofreading(JsonNode root) {
        JsonNode c = root.path("clutter");
        lineStarts = strings(c, "lineStarts");
        homes = strings(c, "homes");
        separators = strings(c, "separators");
        labels = strings(c, "labels");
        weakLabels = strings(c, "weakLabels");
        words = strings(c, "words");
        footers = strings(c, "footers");
        reduplications = Set.copyOf(strings(root, "reduplications"));
        partJoins = strings(root, "partJoins");
    }

    static Proofreading builtIn() {
        return BUILT_IN;
    }

    private static Proofreading read() {
        try (InputStream in = Proofreading.class.getResourceAsStream("proofreading.json")) {
            if (in == null) {
                throw new IllegalStateException("proofreading.json is missing from the application");
            }
            return new Proofreading(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode list = node.path(field);
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("proofreading.json: " + field + " must be a non-empty list");
        }
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    /**
     * True if a line of the prose is something a browser copied along with the article: a
     * breadcrumb, a byline, print/close buttons or the site's footer. A line with a full stop is a
     * sentence and never clutter.
     */
    boolean isClutter(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf('。') >= 0) {
            return false;
        }
        String compact = t.replace(" ", "").replace("\u3000", "");
        for (String s : lineStarts) {
            if (compact.startsWith(s)) {
                return true;
            }
        }
        for (String home : homes) {
            if (compact.startsWith(home)) {
                String rest = compact.substring(home.length());
                for (String sep : separators) {
                    if (rest.startsWith(sep) && rest.length() > sep.length()) {
                        return true;
                    }
                }
            }
        }
        for (String w : words) {
            if (t.contains(w) || compact.contains(w.replace(" ", ""))) {
                return true;
            }
        }
        for (String f : footers) {
            if (t.contains(f)) {
                return true;
            }
        }
        int strong = 0;
        int weak = 0;
        boolean startsWithLabel = false;
        for (String label : labels) {
            int at = labelAt(compact, label);
            if (at >= 0) {
                strong++;
                startsWithLabel |= at == 0;
            }
        }
        for (String label : weakLabels) {
            if (labelAt(compact, label) >= 0) {
                weak++;
            }
        }
        return strong >= 2 || (strong == 1 && weak >= 1) || (startsWithLabel && compact.length() <= 40);
    }

    /** Where {@code label} followed by a colon stands in the line, or -1. */
    private static int labelAt(String compact, String label) {
        for (int from = 0; ; ) {
            int at = compact.indexOf(label, from);
            if (at < 0) {
                return -1;
            }
            int after = at + label.length();
            boolean colon = after < compact.length() && (compact.charAt(after) == '：' || compact.charAt(after) == ':');
            boolean wordStart = at == 0 || !ProseText.isHan(compact.charAt(at - 1)) || "】]".indexOf(compact.charAt(at - 1)) >= 0;
            if (colon && wordStart) {
                return at;
            }
            from = at + 1;
        }
    }

    /** True if {@code unit} doubled is a real word (研究研究, 雪白雪白) or a count (一个一个). */
    boolean isReduplication(String unit) {
        return reduplications.contains(unit) || (unit.length() == 2 && unit.charAt(0) == '一')
                || unit.toLowerCase(Locale.ROOT).chars().distinct().count() == 1
                || unit.chars().allMatch(c -> "〇零○一二三四五六七八九十百千万".indexOf(c) >= 0); // 二〇二〇年
    }
}
