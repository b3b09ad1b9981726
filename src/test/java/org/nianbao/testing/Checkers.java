package org.nianbao.testing;

import org.nianbao.check.Checker;
import org.nianbao.check.Citations;
import org.nianbao.render.fonts.FontSource;
import org.nianbao.render.pdf.PdfRenderer;

/** The checker the workspace builds (every rule, the glyph rule asking the PDF renderer), for tests without a workspace. */
public final class Checkers {
    private Checkers() {
    }

    public static Checker standard() {
        return standard(Citations.builtIn());
    }

    public static Checker standard(Citations citations) {
        return Checker.standard(citations, (document, limit) -> PdfRenderer.missingGlyphs(document, limit, FontSource.standard()));
    }
}
