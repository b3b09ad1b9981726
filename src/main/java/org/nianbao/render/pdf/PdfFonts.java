package org.nianbao.render.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nianbao.render.fonts.BundledFont;
import org.nianbao.render.fonts.FontRole;
import org.nianbao.render.fonts.FontSource;

/**
 * The fonts of one PDF (PdfFont objects belong to one document), over font programs parsed once
 * per run: for each role the installed font when it can be read and embedded, else the bundled one.
 */
final class PdfFonts {
    /** Parsed font programs by file (bundled resource path or installed file), kept for the run. */
    private static final Map<String, FontProgram> PROGRAMS = new HashMap<>();

    private final FontSource source;
    private final Map<FontRole, PdfFont> fonts = new EnumMap<>(FontRole.class);
    private final Map<String, PdfFont> byFile = new HashMap<>();

    PdfFonts(FontSource source) {
        this.source = source;
    }

    /** The installed font for the role when it can be read and embedded, else the bundled one. */
    private String file(FontRole role) {
        Optional<Path> installed = source.installed(role);
        if (installed.isPresent()) {
            String key = installed.get().toString();
            if (load(key) != null) {
                return key;
            }
        }
        return role.bundled().resourcePath();
    }

    private static FontProgram load(String key) {
        synchronized (PROGRAMS) {
            if (PROGRAMS.containsKey(key)) {
                return PROGRAMS.get(key);
            }
            FontProgram program;
            try {
                BundledFont bundled = Arrays.stream(BundledFont.values())
                        .filter(f -> f.resourcePath().equals(key)).findFirst().orElse(null);
                program = bundled != null ? FontProgramFactory.createFont(bundled.bytes())
                        : FontProgramFactory.createFont(Files.readAllBytes(Path.of(key)));
                if (bundled == null && !program.getFontNames().allowEmbedding()) {
                    program = null; // a font whose licence forbids embedding cannot go into a PDF/A
                }
            } catch (IOException | RuntimeException e) {
                if (key.startsWith("/org/nianbao/")) {
                    throw new IllegalStateException("Bundled font unreadable: " + key, e);
                }
                program = null; // a damaged installed font: fall back to the bundled one
            }
            PROGRAMS.put(key, program);
            return program;
        }
    }

    FontProgram program(FontRole role) {
        return load(file(role));
    }

    /** Whether the role's font has a glyph for the character. */
    boolean draws(FontRole role, int codePoint) {
        return program(role).getGlyph(codePoint) != null;
    }

    /** A bold role drawn with an installed regular face (仿宋 has no bold): iText strokes it thicker. */
    boolean emboldens(FontRole role) {
        return role.bold() && !file(role).equals(role.bundled().resourcePath());
    }

    PdfFont get(FontRole role) {
        return fonts.computeIfAbsent(role, r -> byFile.computeIfAbsent(file(r), f ->
                PdfFontFactory.createFont(load(f), PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED)));
    }
}
