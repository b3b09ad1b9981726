package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lines a browser copied along with a published report: breadcrumbs (首页 > 信息公开 > 正文), bylines
 * (作者： 来源： 发布时间： 浏览次数：), print and close buttons, the site's footer (版权所有, ICP备…).
 * Each is a warning whose fix deletes the line.
 */
final class WebClutterRule implements Rule {
    static final String CODE = "check.proof.clutter";

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            for (ProseText.Span line : lines(text)) {
                String shown = line.of(text);
                int end = line.end() < text.length() ? line.end() + 1 : line.end(); // the line break goes too
                int start = line.end() < text.length() || line.start() == 0 ? line.start() : line.start() - 1;
                report.accept(Finding.of(Finding.Severity.WARNING, CODE, part.at(line.start()), ProseText.quote(shown),
                                ProseText.quote(shown))
                        .withFix(new Finding.Fix(part.location(), start, text.substring(start, end), "")));
            }
        }
    }

    /** The clutter lines of a prose text, which the other proofreading rules leave to this one (a list the caller may extend). */
    static List<ProseText.Span> lines(String text) {
        List<ProseText.Span> out = new ArrayList<>();
        Proofreading facts = Proofreading.builtIn();
        for (ProseText.Span line : ProseText.lines(text)) {
            if (facts.isClutter(line.of(text))) {
                out.add(line);
            }
        }
        return out;
    }

    /** True if {@code offset} lies on one of {@code clutter}'s lines. */
    static boolean inside(List<ProseText.Span> clutter, int offset) {
        for (ProseText.Span s : clutter) {
            if (offset >= s.start() && offset <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
