package org.nianbao.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints, with the characters a terminal would obey rather than show written
 * out as a backslash, {@code u} and four hex digits (ESC as {@code \\u001B}): escape sequences (ESC: colours, clear screen, an OSC window title), BEL, a
 * bare carriage return, DEL, the C1 controls and the bidirectional overrides (U+202E shows a name
 * backwards). Names in a project, certificate fields and workbook cells are the user's data, not
 * commands to her terminal. Line breaks and tabs stay; CR stays before LF (Windows line ends).
 *
 * <p>That form is also a JSON escape: inside a {@code --json} string (Jackson escapes C0
 * itself but writes DEL, C1 and U+202E raw) it reads back as the same character.
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCr;

    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    static boolean obeyedByTerminal(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            out.write(ch == '\n' ? "\r" : "\\u000D");
        }
        if (ch == '\r') {
            pendingCr = true;
        } else if (obeyedByTerminal(ch)) {
            out.write(String.format("\\u%04X", (int) ch));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char ch = cbuf[i];
            if (pendingCr || ch == '\r' || obeyedByTerminal(ch)) {
                out.write(cbuf, start, i - start);
                write(ch);
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    /** A CR still waiting for its LF when the text is flushed was a bare one. */
    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\u000D");
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
