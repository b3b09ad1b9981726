package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.BuildInfo;
import org.nianbao.i18n.Messages;
import org.nianbao.kind.ReportKind;
import org.nianbao.kind.ReportKinds;
import picocli.CommandLine;

/** {@code nianbao --version}: the version, the build date and the report kinds this build knows. */
final class VersionProvider implements CommandLine.IVersionProvider {
    private final Messages messages;

    VersionProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        boolean english = messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("cli.version.version", build.version()));
        lines.add(messages.get("cli.version.built", build.date()));
        lines.add(messages.get("cli.version.kinds"));
        for (ReportKind kind : ReportKinds.builtIn().all()) {
            lines.add(messages.get("cli.version.kind", kind.id(), english ? kind.nameEn() : kind.name(), kind.version()));
        }
        // picocli runs every line through String.format: a literal % must reach it doubled.
        return lines.stream().map(l -> l.replace("%", "%%")).toArray(String[]::new);
    }
}
