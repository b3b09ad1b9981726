package org.nianbao.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.nianbao.i18n.Messages;
import org.nianbao.platform.AtomicFile;

/**
 * The province's summary as one web page ({@code gather --html 全省汇总.html}): the two charts drawn
 * here as inline SVG and the 总表, with inline CSS. Nothing is fetched: no scripts, no web fonts, no
 * images from elsewhere, so it opens the same on an office PC without a network and can be mailed.
 */
public final class GatherPage {
    private static final int WIDTH = 760;
    private static final int BAR = 22;
    private static final int GAP = 8;
    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
            margin:24px;color:#1f2328;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            p.note{color:#59636e;margin:4px 0 16px;font-size:13px}
            figure{margin:0 0 20px}figcaption{font-weight:bold;margin-bottom:6px}
            svg text{font-size:12px;fill:#1f2328}svg rect.bar{fill:#0969da}svg line{stroke:#d0d7de}
            table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;white-space:nowrap}
            th{background:#f6f8fa}td.n{text-align:right}td.est{font-style:italic;background:#fff8c5}div.wide{overflow-x:auto}
            """;

    private GatherPage() {
    }

    public static void write(Path out, GatherSummary table, Messages m) throws IOException {
        String html = html(table, m);
        AtomicFile.write(out, os -> os.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    static String html(GatherSummary table, Messages m) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = m.get("gather.html.title");
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.get("gather.html.lang"))).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"note\">").append(esc(m.get("gather.html.note", table.lines().size()))).append("</p>\n")
                .append("<h2>").append(esc(m.get("gather.sheet.charts"))).append("</h2>\n");
        chart(h, "chart-channels", m.get("gather.chart.byChannel"), table.byChannel());
        chart(h, "chart-applications", m.get("gather.chart.applications"), table.receivedByCollege());
        h.append("<h2>").append(esc(m.get("gather.sheet.summary"))).append("</h2>\n<div class=\"wide\"><table id=\"summary\">\n<thead><tr>");
        for (String column : table.header()) {
            h.append("<th>").append(esc(column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (GatherSummary.Line line : table.lines()) {
            h.append("<tr>");
            for (int c = 0; c < line.cells().size(); c++) {
                Object v = line.cells().get(c);
                String sentence = line.estimates().get(c);
                String cls = (v instanceof Number ? "n" : "") + (sentence != null ? " est" : "");
                h.append("<td");
                if (!cls.isBlank()) {
                    h.append(" class=\"").append(cls.strip()).append('"');
                }
                if (sentence != null) {
                    h.append(" title=\"").append(esc(m.get("gather.estimated.comment", sentence))).append('"');
                }
                h.append('>').append(v == null ? "" : esc(v.toString())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A horizontal bar chart as inline SVG: a name, a bar to scale and the figure for each entry. */
    private static void chart(StringBuilder h, String id, String caption, Map<String, Long> values) {
        h.append("<figure id=\"").append(id).append("\">\n<figcaption>").append(esc(caption)).append("</figcaption>\n");
        int labelWidth = Math.min(240, 14 * values.keySet().stream().mapToInt(String::length).max().orElse(4) + 10);
        int barSpace = WIDTH - labelWidth - 70;
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = Math.max(1, values.size()) * (BAR + GAP) + GAP;
        // Inline SVG needs no namespace in an HTML page: the parser gives it one.
        h.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(caption)).append("\">\n");
        h.append("<line x1=\"").append(labelWidth).append("\" y1=\"0\" x2=\"").append(labelWidth).append("\" y2=\"").append(height)
                .append("\"/>\n");
        int y = GAP;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int w = (int) Math.round((double) e.getValue() / max * barSpace);
            int mid = y + BAR / 2 + 4;
            h.append("<g class=\"entry\" data-name=\"").append(esc(e.getKey())).append("\" data-value=\"").append(e.getValue())
                    .append("\">");
            h.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(mid).append("\" text-anchor=\"end\">")
                    .append(esc(e.getKey())).append("</text>");
            h.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\"/>");
            h.append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(mid).append("\">").append(e.getValue())
                    .append("</text></g>\n");
            y += BAR + GAP;
        }
        h.append("</svg>\n</figure>\n");
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
