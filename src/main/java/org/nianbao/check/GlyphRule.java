package org.nianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nianbao.compose.Document;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.render.GlyphCoverage;
import org.nianbao.render.MissingGlyphException;

/**
 * A character none of the report's fonts can draw would print as a box: name it and where it
 * stands before anyone exports (rare characters in names, emoji pasted from chat).
 */
final class GlyphRule implements Rule {
    /** Occurrences looked at; a pasted page of one odd character must not make a finding per character. */
    private static final int LIMIT = 2_000;
    private final GlyphCoverage fonts;

    GlyphRule(GlyphCoverage fonts) {
        this.fonts = fonts;
    }

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Document document = new DocumentComposer(ctx.kind()).compose(ctx.project(), ctx.today());
        Map<String, List<MissingGlyphException>> byCharacter = new LinkedHashMap<>();
        for (MissingGlyphException m : fonts.missing(document, LIMIT)) {
            byCharacter.computeIfAbsent(m.character(), c -> new ArrayList<>()).add(m);
        }
        // Once per character, where it first stands, with how often it occurs.
        for (List<MissingGlyphException> all : byCharacter.values()) {
            MissingGlyphException first = all.get(0);
            report.accept(Finding.of(Finding.Severity.ERROR, "check.glyph.missing", first.where(), first.excerpt(),
                    first.character(), first.codePointLabel(), all.size()));
        }
    }

}
