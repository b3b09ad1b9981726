package org.nianbao.published;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page saved from a browser: the article body found by where most of the page's own (not
 * link) Chinese text is, then its paragraphs and tables in order. Navigation, scripts, forms and
 * page furniture go; bylines and breadcrumbs inside the article go later, as clutter.
 */
final class HtmlReading {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
            "iframe", "button", "select", "input", "textarea", "svg", "object", "embed", "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote",
            "section", "article", "center", "dd", "dt", "ul", "ol", "dl", "tr", "body", "main");

    private HtmlReading() {
    }

    static List<PublishedText.Block> read(byte[] bytes) throws PublishedReportException {
        Document doc;
        try {
            doc = Jsoup.parse(PublishedReader.stream(bytes), null, "");
        } catch (IOException e) {
            throw new PublishedReportException("published.error.read", "page: " + e.getMessage(), e, "", String.valueOf(e.getMessage()));
        }
        for (String tag : DROP) {
            doc.select(tag).remove();
        }
        doc.select("[title=header], [title=footer]").remove(); // an office suite's page header and footer
        Element body = doc.body() != null ? doc.body() : doc;
        Element article = article(body);
        List<PublishedText.Block> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        walk(article, paragraph, out);
        flush(paragraph, out);
        return out;
    }

    /** Goes down from the body while one child holds at least 70 % of the page's own Chinese text. */
    private static Element article(Element body) {
        Element at = body;
        while (true) {
            int total = ownHan(at);
            Element best = null;
            for (Element child : at.children()) {
                if (child.tagName().equals("table") && child.select("td").size() > 4 && ownHan(child) * 10 < total * 9) {
                    continue; // a data table inside the article, not the article's frame
                }
                if (ownHan(child) * 10 >= total * 7) {
                    best = child;
                }
            }
            if (best == null || total == 0) {
                return at;
            }
            at = best;
        }
    }

    /** Chinese characters in an element's text that is not link text. */
    private static int ownHan(Element e) {
        return han(e.text()) - han(e.select("a").text());
    }

    private static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                n++;
            }
        }
        return n;
    }

    private static void walk(Node node, StringBuilder paragraph, List<PublishedText.Block> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                paragraph.append(t.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (tag.equals("br")) {
                    flush(paragraph, out);
                } else if (tag.equals("table")) {
                    flush(paragraph, out);
                    out.add(table(e));
                } else if (BLOCKS.contains(tag)) {
                    flush(paragraph, out);
                    walk(e, paragraph, out);
                    flush(paragraph, out);
                } else {
                    walk(e, paragraph, out);
                }
            }
        }
    }

    private static PublishedText.Table table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
                    cells.add(cell.text());
                }
            }
            rows.add(cells);
        }
        return new PublishedText.Table(rows);
    }

    private static void flush(StringBuilder paragraph, List<PublishedText.Block> out) {
        String t = paragraph.toString().strip();
        if (!t.isEmpty()) {
            out.add(new PublishedText.Paragraph(t));
        }
        paragraph.setLength(0);
    }
}
