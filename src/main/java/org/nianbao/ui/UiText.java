package org.nianbao.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nianbao.i18n.Messages;

/**
 * The app's words: its own bundle ({@code org/nianbao/ui/ui*.properties}) and the core's messages
 * for errors the core reports. Chinese unless {@code -Dnianbao.lang=en}.
 */
public final class UiText {
    static final String BUNDLE = "org.nianbao.ui.ui";
    private final ResourceBundle bundle;
    private final Messages core;

    private UiText(Messages core) {
        this.core = core;
        this.bundle = ResourceBundle.getBundle(BUNDLE, core.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static UiText forLanguage(String lang) {
        Messages m = Messages.forLanguage(lang);
        return new UiText(m == null ? Messages.chinese() : m);
    }

    public static UiText fromSystem() {
        return forLanguage(System.getProperty("nianbao.lang", "zh"));
    }

    public Locale locale() {
        return core.locale();
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), core.locale()).format(args);
    }

    public Messages core() {
        return core;
    }
}
