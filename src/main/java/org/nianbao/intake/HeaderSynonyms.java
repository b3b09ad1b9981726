package org.nianbao.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Header synonyms per field, read from {@code headers.json} (data, not code). */
public final class HeaderSynonyms {
    final Map<String, List<String>> records;
    final Map<String, List<String>> applications;
    final Set<String> categoryHeaders;
    final List<String> totalRowWords;

    private HeaderSynonyms(Map<String, List<String>> records, Map<String, List<String>> applications,
                           Set<String> categoryHeaders, List<String> totalRowWords) {
        this.records = records;
        this.applications = applications;
        this.categoryHeaders = categoryHeaders;
        this.totalRowWords = totalRowWords;
    }

    static final HeaderSynonyms INSTANCE = load();

    private static HeaderSynonyms load() {
        try (InputStream in = HeaderSynonyms.class.getResourceAsStream("/org/nianbao/intake/headers.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> category = new HashSet<>();
            root.get("categoryHeaders").forEach(n -> category.add(normalise(n.asText())));
            List<String> totals = new ArrayList<>();
            root.get("totalRowWords").forEach(n -> totals.add(n.asText()));
            return new HeaderSynonyms(fields(root.get("records")), fields(root.get("applications")), category, totals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fields a header may be mapped to ({@code --map 上线时间=date}), each with the template's
     * own header for it: records first, then applications.
     */
    public static Map<String, String> mappableFields() {
        Map<String, String> out = new LinkedHashMap<>();
        INSTANCE.records.forEach((k, v) -> out.put(k, v.get(0)));
        INSTANCE.applications.forEach((k, v) -> out.putIfAbsent(k, v.get(0)));
        return out;
    }

    private static Map<String, List<String>> fields(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            e.getValue().forEach(n -> names.add(normalise(n.asText())));
            out.put(e.getKey(), names);
        });
        return out;
    }

    /** Header text as compared: no blanks, no required-markers, half-width ASCII, lower case. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= '！' && c <= '～' && c != '（' && c != '）') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '*' || c == '＊') {
                continue;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().replace("（必填）", "").replace("(必填)", "").replace("（选填）", "").replace("(选填)", "");
    }
}
