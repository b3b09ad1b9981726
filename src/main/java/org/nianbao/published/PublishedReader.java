package org.nianbao.published;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.check.Clutter;
import org.nianbao.model.Text;
import org.nianbao.model.TextBytes;

/**
 * Reads a published report into text, by its content rather than its name: a PDF, a Word file
 * (.docx), a page saved from a browser (.html/.htm, with or without its {@code _files} folder) or
 * plain text (UTF-8, GB18030 or Windows' GBK). Pasted web-page lines are removed and listed; invisible characters
 * go the way they go for any prose.
 */
public final class PublishedReader {
    /** A paragraph that is only a page number: "— 3 —", "- 3 -", "第3页", "3/10". */
    static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "^[\\s—\\-–－]*\\d{1,4}[\\s—\\-–－]*$|^第\\s*\\d+\\s*页.*$|^\\d+\\s*/\\s*\\d+$");
    /** Larger files are not a report: refused before they are read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private PublishedReader() {
    }

    public static PublishedText read(Path file) throws PublishedReportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PublishedReportException("published.error.tooLarge", file + " is larger than " + MAX_BYTES,
                        null, file.toString(), MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PublishedReportException("published.error.notFound", file + " does not exist", e, file.toString());
        } catch (IOException e) {
            throw new PublishedReportException("published.error.read", file + ": " + e.getMessage(), e, file.toString(),
                    String.valueOf(e.getMessage()));
        }
        return read(file.getFileName().toString(), bytes);
    }

    /** Reads the bytes of a report; {@code name} is only for messages. */
    public static PublishedText read(String name, byte[] bytes) throws PublishedReportException {
        Raw raw;
        if (startsWith(bytes, "%PDF")) {
            raw = new Raw("pdf", PdfReading.read(name, bytes));
        } else if (startsWith(bytes, "PK")) {
            raw = new Raw("docx", DocxReading.read(name, bytes));
        } else if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new PublishedReportException("published.error.doc", name + " is an old .doc file", null, name);
        } else {
            String text = decode(name, bytes);
            String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
            if (head.contains("<html") || head.contains("<body") || head.contains("<!doctype html") || head.contains("<p")
                    || head.contains("<div")) {
                raw = new Raw("html", HtmlReading.read(bytes));
            } else {
                raw = new Raw("txt", plain(text));
            }
        }
        return clean(name, raw);
    }

    private record Raw(String format, List<PublishedText.Block> blocks) {
    }

    /** Normalises every paragraph, drops empty ones and removes pasted web-page lines (listed once each). */
    private static PublishedText clean(String name, Raw raw) throws PublishedReportException {
        List<PublishedText.Block> out = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>();
        for (PublishedText.Block b : raw.blocks()) {
            if (b instanceof PublishedText.Paragraph p) {
                String text = Text.normaliseProse(p.text()).replaceAll("\\s*\\n\\s*", "");
                if (text.isEmpty()) {
                    continue;
                }
                if (PAGE_NUMBER.matcher(text).matches()) {
                    continue; // "— 7 —" of a page footer that came along (PDF, a page saved by an office suite)
                }
                if (Clutter.isClutter(text)) {
                    removed.add(text);
                    continue;
                }
                out.add(new PublishedText.Paragraph(text));
            } else if (b instanceof PublishedText.Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : t.rows()) {
                    List<String> cells = row.stream().map(c -> Text.normaliseProse(c).replaceAll("\\s*\\n\\s*", "")).toList();
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        rows.add(cells);
                    }
                }
                if (!rows.isEmpty()) {
                    out.add(new PublishedText.Table(rows));
                }
            }
        }
        if (out.stream().noneMatch(b -> b instanceof PublishedText.Paragraph)) {
            throw new PublishedReportException("published.error.noText", name + " holds no text", null, name);
        }
        return new PublishedText(name, raw.format(), out, List.copyOf(removed));
    }

    /** Plain text: each line a paragraph (text copied from a web page or a Word file comes so). */
    private static List<PublishedText.Block> plain(String text) {
        List<PublishedText.Block> out = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r")) {
            out.add(new PublishedText.Paragraph(line));
        }
        return out;
    }

    /** Text as {@link TextBytes} reads it; a file it cannot read as text is no report either. */
    static String decode(String name, byte[] bytes) throws PublishedReportException {
        return TextBytes.decode(bytes).map(TextBytes.Decoded::text).orElseThrow(() -> new PublishedReportException(
                "published.error.unknownFormat", name + " is neither a report file nor text", null, name));
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
