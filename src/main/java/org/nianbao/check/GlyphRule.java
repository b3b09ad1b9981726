package org.nianbao.check;

import java.util.function.Consumer;
import org.nianbao.compose.Document;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.render.MissingGlyphException;
import org.nianbao.render.fonts.FontSource;
import org.nianbao.render.pdf.PdfRenderer;

/**
 * A character none of the report's fonts can draw would print as a box: name it and where it
 * stands before anyone exports (rare characters in names, emoji pasted from chat).
 */
final class GlyphRule implements Rule {
    private static final int LIMIT = 50;

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Document document = new DocumentComposer(ctx.kind()).compose(ctx.project(), ctx.today());
        for (MissingGlyphException m : PdfRenderer.missingGlyphs(document, LIMIT, FontSource.standard())) {
            report.accept(Finding.of(Finding.Severity.ERROR, "check.glyph.missing", m.where(), m.excerpt(),
                    m.character(), m.codePointLabel()));
        }
    }

}
