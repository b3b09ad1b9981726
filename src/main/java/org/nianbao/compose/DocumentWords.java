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
}
