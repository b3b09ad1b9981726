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

    /** "错误" / "警告" / "提示" for a severity id (error, warning, info) of a finding or an import issue. */
    public String severity(String id) {
        switch (id) {
            case "error":
                return get("ui.severity.error");
            case "warning":
                return get("ui.severity.warning");
            default:
                return get("ui.severity.info");
        }
    }

    /** The heading of a group of findings in the checks step, with its count. */
    public String severityGroup(String id, int count) {
        switch (id) {
            case "error":
                return get("ui.checks.group.error", count);
            case "warning":
                return get("ui.checks.group.warning", count);
            default:
                return get("ui.checks.group.info", count);
        }
    }

    public String badge(WizardViewModel.Badge badge) {
        switch (badge) {
            case ERRORS:
                return get("ui.badge.errors");
            case DONE:
                return get("ui.badge.done");
            default:
                return get("ui.badge.notStarted");
        }
    }

    public String intakeStatus(IntakeModel.Status status) {
        switch (status) {
            case RECEIVED:
                return get("ui.intake.status.received");
            case PROBLEMS:
                return get("ui.intake.status.problems");
            default:
                return get("ui.intake.status.missing");
        }
    }
}
