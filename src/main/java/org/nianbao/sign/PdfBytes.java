package org.nianbao.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file that should be a PDF into memory (reports are a few MB), so the file is not held
 * open while it is replaced, and refuses what is not a PDF before any PDF library sees it.
 */
final class PdfBytes {
    /** PDF 1.7 (ISO 32000-1 7.5.2): readers accept the header within the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private PdfBytes() {
    }

    /** A report is a few MB; a scanned annual report with pictures rarely passes 100. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    static byte[] read(Path pdf) throws SignException {
        byte[] bytes;
        try {
            long size = Files.size(pdf);
            if (size > MAX_BYTES) {
                throw SignException.input("sign.error.pdfTooLarge", null, pdf.toString(), String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw SignException.io("sign.error.pdfMissing", e, pdf.toString());
        } catch (AccessDeniedException e) {
            throw SignException.io("sign.error.pdfUnreadable", e, pdf.toString(), "access denied");
        } catch (IOException e) {
            throw SignException.io("sign.error.pdfUnreadable", e, pdf.toString(), String.valueOf(e.getMessage()));
        }
        if (!hasHeader(bytes)) {
            throw SignException.input("sign.error.notPdf", null, pdf.toString());
        }
        return bytes;
    }

    static boolean hasHeader(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }
}
