package org.nianbao.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The fonts are stored as WOFF2 and handed out as the TrueType fonts they were made from. */
class BundledFontTest {

    @Test
    void everyBundledFontIsAValidTrueTypeThatDrawsTheRareNameCharacters() throws Exception {
        List<Integer> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging/fonts/extra-chars.txt"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                line.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(names::add);
            }
        }
        assertThat(names).contains((int) '瑄', (int) '犇');
        for (BundledFont font : BundledFont.values()) {
            byte[] bytes = font.bytes();
            assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).as(font.name()).isEqualTo("\0\1\0\0");
            assertThat(wholeFontChecksum(bytes)).as(font + ": checkSumAdjustment").isEqualTo(0xB1B0AFBA);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                var cmap = ttf.getUnicodeCmapLookup();
                List<Integer> drawn = font.name().startsWith("LATIN") ? List.of((int) 'A', (int) '0') : names;
                for (int c : drawn) {
                    assertThat(cmap.getGlyphId(c)).as(font + " draws " + Character.toString(c)).isPositive();
                }
            }
        }
    }

    @Test
    void theNotoFontsKeepTheOverlapFlagOnEveryGlyphSoViewersSmoothThemAsBefore() throws Exception {
        for (BundledFont font : List.of(BundledFont.SERIF_REGULAR, BundledFont.SERIF_BOLD, BundledFont.SERIF_BLACK,
                BundledFont.SANS_REGULAR, BundledFont.SANS_BOLD)) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()))) {
                int simple = 0;
                for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
                    GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                    if (glyph != null && glyph.getNumberOfContours() > 0) {
                        simple++;
                        assertThat(glyph.getDescription().getFlags(0) & 0x40).as(font + " glyph " + gid).isNotZero();
                    }
                }
                assertThat(simple).as(font.name()).isGreaterThan(7000);
            }
        }
        try (TrueTypeFont kai = new TTFParser().parse(new RandomAccessReadBuffer(BundledFont.KAI_REGULAR.bytes()))) {
            GlyphData glyph = kai.getGlyph().getGlyph(kai.getUnicodeCmapLookup().getGlyphId('楷'));
            assertThat(glyph.getDescription().getFlags(0) & 0x40).as("LXGW WenKai never had the flag").isZero();
        }
    }

    @Test
    void eachCallGetsItsOwnCopy() {
        byte[] first = BundledFont.LATIN_REGULAR.bytes();
        first[0] = 42;
        assertThat(BundledFont.LATIN_REGULAR.bytes()[0]).isZero();
    }

    /** The sum of the font's big-endian 32-bit words with head.checkSumAdjustment as stored, which must be 0xB1B0AFBA. */
    private static int wholeFontChecksum(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(font, (font.length + 3) & ~3));
        int sum = 0;
        for (int i = 0; i < b.capacity(); i += 4) {
            sum += b.getInt(i);
        }
        return sum;
    }
}
