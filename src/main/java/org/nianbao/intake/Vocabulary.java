package org.nianbao.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.kind.ReportKind;

/**
 * Turns what departments type into the kind's codes: 清单 categories and items (full name, short
 * name, category numeral or number, item number), channels and their synonyms, applicant types and
 * outcomes. Matching is exact after normalising blanks and full-width characters; nothing is guessed.
 */
final class Vocabulary {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^第?(\\d{1,3})(?:项|类)?[\\s.、:：)）]*(.*)$");
    private static final Pattern LEADING_NUMERAL = Pattern.compile("^[(（]?第?([一二三四五六七八九十]{1,2})(?:类)?[\\s.、:：)）]*(.*)$");

    /** A resolved 清单 reference: category number, and item number or 0. */
    record ListRef(int category, int item) {
    }

    private final ReportKind kind;
    private final Map<String, ListRef> listNames = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();
    private final Map<String, String> applicantTypes = new HashMap<>();
    private final Map<String, String> outcomes = new HashMap<>();
    private final Map<Integer, Integer> itemCategory = new HashMap<>();

    Vocabulary(ReportKind kind) {
        this.kind = kind;
        for (ReportKind.Category c : kind.categories()) {
            ListRef ref = new ListRef(c.number(), 0);
            listNames.put(norm(c.name()), ref);
            listNames.put(norm(c.shortName()), ref);
            listNames.put(norm(c.shortName() + "信息"), ref);
            listNames.put(norm(c.shortName() + "类"), ref);
            listNames.put(norm(c.name().replace("信息", "")), ref);
        }
        for (ReportKind.ListItem i : kind.items()) {
            itemCategory.put(i.number(), i.category());
            listNames.put(norm(i.name()), new ListRef(i.category(), i.number()));
        }
        for (ReportKind.Channel ch : kind.channels()) {
            channels.put(norm(ch.name()), ch.id());
            channels.put(norm(ch.id()), ch.id());
            ch.synonyms().forEach(s -> channels.put(norm(s), ch.id()));
        }
        for (ReportKind.ApplicantType t : kind.applicantTypes()) {
            applicantTypes.put(norm(t.name()), t.code());
            applicantTypes.put(norm(t.code()), t.code());
        }
        for (ReportKind.Outcome o : kind.outcomes()) {
            outcomes.put(norm(o.name()), o.code());
            outcomes.put(norm(o.code()), o.code());
        }
    }

    /**
     * @param numbersAreCategories true when the column is a category column (类别), so "5" means
     *                             category 5; in a 清单事项 column it means item 5
     */
    Optional<ListRef> listRef(String text, boolean numbersAreCategories) {
        String t = norm(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        ListRef byName = listNames.get(t);
        if (byName != null) {
            return Optional.of(byName);
        }
        Matcher num = LEADING_NUMBER.matcher(t);
        if (num.matches()) {
            int n = Integer.parseInt(num.group(1));
            String rest = num.group(2) == null ? "" : num.group(2);
            boolean bare = rest.isEmpty();
            if (bare && numbersAreCategories && kind.categories().stream().anyMatch(c -> c.number() == n)) {
                return Optional.of(new ListRef(n, 0));
            }
            if (itemCategory.containsKey(n) && (bare || matchesItemName(n, rest))) {
                return Optional.of(new ListRef(itemCategory.get(n), n));
            }
            return Optional.empty();
        }
        Matcher numeral = LEADING_NUMERAL.matcher(t);
        if (numeral.matches()) {
            int n = org.nianbao.model.ChineseNumerals.parse(numeral.group(1));
            String rest = numeral.group(2) == null ? "" : numeral.group(2);
            Optional<ReportKind.Category> cat = kind.categories().stream().filter(c -> c.number() == n).findFirst();
            if (cat.isPresent() && (rest.isEmpty() || Optional.ofNullable(listNames.get(rest))
                    .map(r -> r.category() == n && r.item() == 0).orElse(false))) {
                return Optional.of(new ListRef(n, 0));
            }
        }
        return Optional.empty();
    }

    private boolean matchesItemName(int n, String rest) {
        ListRef r = listNames.get(rest);
        return r != null && r.item() == n;
    }

    /** Up to three category or item names closest to what was typed, for the error message. */
    List<String> closestListNames(String text) {
        String t = norm(text);
        List<String> names = new ArrayList<>();
        kind.categories().forEach(c -> names.add(c.name()));
        kind.items().forEach(i -> names.add(TemplateLayout.itemLabel(i.number(), i.name())));
        return names.stream()
                .map(n -> Map.entry(n, similarity(t, norm(n))))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    Optional<String> channel(String text) {
        return Optional.ofNullable(channels.get(norm(text)));
    }

    Optional<String> applicantType(String text) {
        return Optional.ofNullable(applicantTypes.get(norm(text)));
    }

    Optional<String> outcome(String text) {
        return Optional.ofNullable(outcomes.get(norm(text)));
    }

    /** Dice coefficient over character bigrams (single characters for very short text). */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> x = grams(a);
        List<String> y = new ArrayList<>(grams(b));
        int common = 0;
        for (String g : x) {
            if (y.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + grams(b).size());
    }

    private static List<String> grams(String s) {
        List<String> out = new ArrayList<>();
        if (s.length() < 3) {
            s.codePoints().forEach(c -> out.add(Character.toString(c)));
            return out;
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    static String norm(String s) {
        return HeaderSynonyms.normalise(s);
    }

}
