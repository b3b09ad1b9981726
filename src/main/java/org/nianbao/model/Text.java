package org.nianbao.model;

/** Normalisation shared by the records: null becomes empty, surrounding blanks go. */
final class Text {
    private Text() {
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
