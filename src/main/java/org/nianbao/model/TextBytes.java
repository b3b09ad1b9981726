package org.nianbao.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Text a user brings as bytes (a file from Notepad, a page's text, a CSV, standard input), decoded the
 * way Chinese Windows writes it: UTF-16 when it starts with its byte-order mark; UTF-8 (with or without
 * BOM: Notepad writes one); failing that GB18030,
 * which Chinese Windows editors still write ("ANSI" in Notepad is GBK, a subset); failing that Windows'
 * own code page 936, whose single byte 0x80 is the euro sign GB18030 lacks. A leading byte-order mark is
 * not part of the text. The one place these are tried: {@code prose --from}, published reports given as
 * text, form tables from CSV or the clipboard.
 */
public final class TextBytes {
    private static final List<Charset> TRIED = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("x-mswin-936"));

    private TextBytes() {
    }

    /** The text and the charset it was read in. */
    public record Decoded(String text, Charset charset) {
        /** How a message names the charset: Windows' code page 936 by the name its users know, GBK. */
        public String charsetName() {
            return charset.name().equals("x-mswin-936") ? "GBK (Windows 936)" : charset.name();
        }
    }

    /** The bytes as text in the first charset that reads them whole; empty when none does (not text). */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        for (Charset cs : TRIED) {
            try {
                String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, cs));
            } catch (CharacterCodingException e) {
                // not this one: try the next
            }
        }
        return Optional.empty();
    }
}
