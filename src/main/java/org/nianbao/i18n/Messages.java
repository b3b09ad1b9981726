package org.nianbao.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages the core reports to people (errors, CLI output), in Chinese by default and in English
 * on request. Bundles live in {@code org/nianbao/i18n/messages*.properties}; the base file is
 * Chinese, so a missing English key still says something.
 */
public final class Messages {
    public static final String BUNDLE = "org.nianbao.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: "--lang zh" must mean Chinese on an English machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** "zh" (or anything Chinese) and "en"; anything else is null so the caller can report it. */
    public static Messages forLanguage(String lang) {
        if (lang == null) {
            return null;
        }
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "cn" -> chinese();
            case "en", "en-us", "en_us", "en-gb" -> english();
            default -> null;
        };
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** A message inside another's arguments (a reason inside "this file is invalid"), translated with it. */
    public record Nested(String key, Object... args) {
    }

    /** An error the user can act on, in her language: the one translator of {@link UserError}s. */
    public String get(org.nianbao.model.UserError error) {
        return get(error.key(), error.args());
    }

    public String get(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Nested n) {
                shown[i] = get(n.key(), n.args());
            }
        }
        args = shown;
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message for key " + key, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
