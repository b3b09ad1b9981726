package org.nianbao.kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report kinds this build knows: the built-in ones shipped as resources. */
public final class ReportKinds {
    /** Built-in kind ids, each a resource {@code org/nianbao/kinds/<id>.json}. */
    private static final List<String> BUILT_IN = List.of("moe-academic-year", "gov-2021-calendar-year");

    private final Map<String, ReportKind> kinds;

    private ReportKinds(Map<String, ReportKind> kinds) {
        this.kinds = kinds;
    }

    public static ReportKinds builtIn() {
        KindLoader loader = new KindLoader();
        Map<String, ReportKind> kinds = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "/org/nianbao/kinds/" + id + ".json";
            try (InputStream in = ReportKinds.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new KindException(id + ".json", "(file)", "missing from the build");
                }
                ReportKind kind = loader.load(id + ".json", in);
                if (!kind.id().equals(id)) {
                    throw new KindException(id + ".json", "id", "must be \"" + id + "\" to match the file name");
                }
                kinds.put(id, kind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ReportKinds(kinds);
    }

    public Optional<ReportKind> find(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public List<ReportKind> all() {
        return new ArrayList<>(kinds.values());
    }
}
