package org.nianbao.cli;

import org.nianbao.kind.ReportKinds;
import picocli.CommandLine;

/** "Nianbao 0.1.0" and the report kinds this build knows. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        String kinds = String.join(", ", ReportKinds.builtIn().all().stream()
                .map(k -> k.id() + " v" + k.version()).toList());
        return new String[] {"Nianbao " + (version == null ? "(development build)" : version),
                "report kinds: " + kinds};
    }

}
