package org.nianbao.render.fonts;

import com.itextpdf.io.exceptions.FontCompressionException;
import com.itextpdf.io.font.woff2.Woff2Converter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The OFL fonts shipped inside the application (subsets of Noto Serif/Sans SC and LXGW WenKai covering
 * GB2312 and common name characters, and of Tinos for digits and Latin letters; see
 * resources/org/nianbao/render/fonts/README.md and packaging/fonts).
 *
 * <p>They are stored as WOFF2 (Brotli-compressed TrueType, 28% smaller in the jar than the deflated TTF) and
 * handed out as the TrueType bytes every reader wants (JavaFX, iText, the glyph scan, the tests): decoded once per
 * run, 60–120 ms a font, by iText's own WOFF2 decoder. The decoded fonts have the same glyphs, outlines, advances
 * and character map as the TTF subsets they were made from (checked when they were converted), and, with the
 * overlap flags put back, draw the same pixels in a PDF viewer.
 */
public enum BundledFont {
    SERIF_REGULAR("NotoSerifSC-Regular-subset.woff2", true),
    SERIF_BOLD("NotoSerifSC-Bold-subset.woff2", true),
    /** Noto Serif SC Black: the title, standing in for 方正小标宋. */
    SERIF_BLACK("NotoSerifSC-Black-subset.woff2", true),
    /** A renamed subset of LXGW WenKai: （一） headings, standing in for 楷体_GB2312. */
    KAI_REGULAR("NianbaoKai-Regular-subset.woff2", false),
    SANS_BOLD("NotoSansSC-Bold-subset.woff2", true),
    SANS_REGULAR("NotoSansSC-Regular-subset.woff2", true),
    /** Tinos (Times New Roman metrics), printable ASCII only: digits and Latin letters. */
    LATIN_REGULAR("Tinos-Regular-subset.woff2", false),
    LATIN_BOLD("Tinos-Bold-subset.woff2", false);

    private static final String FOLDER = "/org/nianbao/render/fonts/";
    private static final Map<BundledFont, byte[]> CACHE = new EnumMap<>(BundledFont.class);

    private final String fileName;
    /** Every simple glyph of the TTF subset carries OVERLAP_SIMPLE, which WOFF2 drops (see OverlapFlags). */
    private final boolean overlapFlags;

    BundledFont(String fileName, boolean overlapFlags) {
        this.fileName = fileName;
        this.overlapFlags = overlapFlags;
    }

    public String resourcePath() {
        return FOLDER + fileName;
    }

    /** The font as a TrueType file. */
    public InputStream open() {
        return new ByteArrayInputStream(trueType());
    }

    /** The font file's TrueType bytes, decoded once per run (a few MB each). */
    public byte[] bytes() {
        return trueType().clone();
    }

    /**
     * Decodes the fonts, in this order, on a background thread, so a caller that needs one later finds it ready (or
     * waits for the decoding under way rather than decoding it twice). A failure is left for that caller to meet.
     */
    public static void decodeAhead(BundledFont... fonts) {
        Thread thread = new Thread(() -> {
            for (BundledFont font : fonts) {
                try {
                    font.trueType();
                } catch (RuntimeException e) {
                    return; // the font's own caller gets the same failure, with its context
                }
            }
        }, "nianbao-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    private byte[] trueType() {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(this, BundledFont::decode);
        }
    }

    private static byte[] decode(BundledFont font) {
        byte[] woff2;
        try (InputStream in = BundledFont.class.getResourceAsStream(font.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the build: " + font.resourcePath());
            }
            woff2 = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            byte[] trueType = Woff2Converter.convert(woff2);
            if (font.overlapFlags) {
                OverlapFlags.setOnEverySimpleGlyph(trueType);
            }
            return trueType;
        } catch (FontCompressionException e) {
            throw new IllegalStateException("Bundled font damaged in the build: " + font.resourcePath(), e);
        }
    }
}
