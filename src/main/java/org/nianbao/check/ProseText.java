package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading helpers the proofreading rules share: what counts as a Chinese character or mark, where a
 * sentence or paragraph of the prose begins and ends, and a view of the prose with line breaks
 * inside paragraphs removed (text pasted from a web page breaks sentences anywhere).
 */
final class ProseText {
    private ProseText() {
    }

    /** A Han character (CJK unified ideographs, extension A, compatibility ideographs). */
    static boolean isHan(int c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }

    /** Full-width Chinese punctuation (GB/T 15834): the marks Chinese text uses instead of ASCII ones. */
    static boolean isChinesePunctuation(int c) {
        return "，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』".indexOf(c) >= 0;
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The character at {@code i}, or -1 outside the text. */
    static int at(String text, int i) {
        return i < 0 || i >= text.length() ? -1 : text.charAt(i);
    }

    /** Where the sentence holding {@code i} starts: after the last 。！？；, line break or start. */
    static int sentenceStart(String text, int i) {
        int j = Math.min(i, text.length()) - 1;
        while (j >= 0 && !endsSentence(text.charAt(j), true)) {
            j--;
        }
        return j + 1;
    }

    /** Where the sentence holding {@code i} ends (exclusive; the mark included). */
    static int sentenceEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !endsSentence(text.charAt(j), false)) {
            j++;
        }
        return Math.min(text.length(), j + 1);
    }

    private static boolean endsSentence(char c, boolean lineBreakToo) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
                || (c == '\n' && lineBreakToo);
    }

    /** A stretch of the prose: [start, end). */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /** The paragraphs of the prose (blank lines separate them), each with its offsets. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (text.substring(i, lineEnd).isBlank()) {
                    break;
                }
                end = lineEnd;
                i = lineEnd + 1;
            }
            out.add(new Span(start, end));
            i = Math.max(i, end + 1);
        }
        return out;
    }

    /** The lines of the prose, each with its offsets (without the line break). */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Span(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The prose with every line break that does not end a paragraph removed, as the report prints it,
     * and the way back from an offset in it to one in the prose.
     */
    static final class Joined {
        final String text;
        private final int[] source;

        Joined(String prose) {
            StringBuilder sb = new StringBuilder(prose.length());
            int[] map = new int[prose.length() + 1];
            int n = prose.length();
            for (int i = 0; i < n; i++) {
                char c = prose.charAt(i);
                if (c == '\n' && !(i + 1 < n && prose.charAt(i + 1) == '\n') && !(i > 0 && prose.charAt(i - 1) == '\n')) {
                    continue;
                }
                map[sb.length()] = i;
                sb.append(c);
            }
            map[sb.length()] = n;
            this.text = sb.toString();
            this.source = java.util.Arrays.copyOf(map, sb.length() + 1);
        }

        /** The offset in the prose of the character at {@code i} of the joined text. */
        int source(int i) {
            return source[Math.max(0, Math.min(i, source.length - 1))];
        }

        /** The prose between two offsets of the joined text, line breaks included, as the user sees it. */
        String original(String prose, int start, int end) {
            return prose.substring(source(start), end <= start ? source(start) : source(end - 1) + 1);
        }
    }

    /** A short quote of a longer text for a finding: its start and end, elided in the middle. */
    static String quote(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 16) + "…" + flat.substring(flat.length() - 20);
    }
}
