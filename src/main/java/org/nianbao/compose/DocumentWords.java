package org.nianbao.compose;

import java.util.Locale;
import java.util.ResourceBundle;

/** The document's own words ({@code org/nianbao/compose/document.properties}): Chinese, whatever the app's language. */
final class DocumentWords {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.nianbao.compose.document", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DocumentWords() {
    }

    static String get(String key) {
        return TEXT.getString(key);
    }

    /**
     * The words with the report's period put in: {@code {this}}, {@code {last}} and {@code {next}}
     * become 本学年/上学年/下学年 for an academic-year kind, 本年度/上年度/下年度 for a calendar-year one.
     */
    static String get(String key, org.nianbao.kind.ReportKind kind) {
        String rule = "period." + kind.windowRule().id() + ".";
        return get(key).replace("{this}", get(rule + "this")).replace("{last}", get(rule + "last")).replace("{next}", get(rule + "next"));
    }
}
