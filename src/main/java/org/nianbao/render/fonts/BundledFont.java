package org.nianbao.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The OFL fonts shipped inside the application (subsets of Noto Serif/Sans SC and LXGW WenKai covering
 * GB2312 and common name characters, and of Tinos for digits and Latin letters; see
 * resources/org/nianbao/render/fonts/README.md and packaging/fonts).
 */
public enum BundledFont {
    SERIF_REGULAR("NotoSerifSC-Regular-subset.ttf"),
    SERIF_BOLD("NotoSerifSC-Bold-subset.ttf"),
    /** Noto Serif SC Black: the title, standing in for 方正小标宋. */
    SERIF_BLACK("NotoSerifSC-Black-subset.ttf"),
    /** A renamed subset of LXGW WenKai: （一） headings, standing in for 楷体_GB2312. */
    KAI_REGULAR("NianbaoKai-Regular-subset.ttf"),
    SANS_BOLD("NotoSansSC-Bold-subset.ttf"),
    SANS_REGULAR("NotoSansSC-Regular-subset.ttf"),
    /** Tinos (Times New Roman metrics), printable ASCII only: digits and Latin letters. */
    LATIN_REGULAR("Tinos-Regular-subset.ttf"),
    LATIN_BOLD("Tinos-Bold-subset.ttf");

    private static final String FOLDER = "/org/nianbao/render/fonts/";
    private static final Map<BundledFont, byte[]> CACHE = new EnumMap<>(BundledFont.class);

    private final String fileName;

    BundledFont(String fileName) {
        this.fileName = fileName;
    }

    public String resourcePath() {
        return FOLDER + fileName;
    }

    public InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(resourcePath());
        if (in == null) {
            throw new IllegalStateException("Bundled font missing from the build: " + resourcePath());
        }
        return in;
    }

    /** The font file's bytes, read once per run (a few MB each). */
    public byte[] bytes() {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(this, f -> {
                try (InputStream in = f.open()) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).clone();
        }
    }
}
