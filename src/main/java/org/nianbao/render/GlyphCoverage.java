package org.nianbao.render;

import java.util.List;
import org.nianbao.compose.Document;

/**
 * Which characters of a composed document the report's fonts cannot draw: asked by the checks (through the
 * workspace, which owns the fonts) so they can name each before anyone exports; answered by the PDF renderer,
 * which knows which font draws what.
 */
@FunctionalInterface
public interface GlyphCoverage {
    /** At most {@code limit} characters no font of their role can draw, each with where it stands. */
    List<MissingGlyphException> missing(Document document, int limit);
}
