package org.nianbao.check;

import java.util.function.Consumer;

/**
 * Document numbers written as GB/T 9704 §7.2.4 has them: 教办函〔2014〕23号. A lost bracket
 * (〔201423号) makes the number unreadable: an error. Wrong brackets ([2014]23号, (2014)23号,
 * 【2014】23号), a two-digit year (〔14〕23号) or a 第 are warnings. Each comes with the number as it
 * should be written. A space before the 〔 is its own warning, so that all of them can be fixed at once.
 */
final class DocumentNumberRule implements Rule {
    static final String CODE = "check.proof.docNumber";
    static final String SPACE = "check.proof.docNumberSpace";

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        int year = ctx.window().end().getYear();
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            for (DocumentNumbers.Found n : DocumentNumbers.find(text, year)) {
                if (n.problem() != DocumentNumbers.Problem.NONE) {
                    Finding.Severity severity = n.problem() == DocumentNumbers.Problem.LOST_BRACKET
                            ? Finding.Severity.ERROR : Finding.Severity.WARNING;
                    report.accept(Finding.of(severity, CODE, part.at(n.start()), n.written(), n.written(), n.correct())
                            .withFix(new Finding.Fix(part.location(), n.start(), n.written(), n.correct())));
                }
                int space = n.start();
                while (space > 0 && (text.charAt(space - 1) == ' ' || text.charAt(space - 1) == '\u3000')) {
                    space--;
                }
                if (space < n.start() && space > 0 && ProseText.isHan(text.charAt(space - 1))) {
                    String written = text.substring(space - 1, n.end());
                    // The fix takes only the spaces, so that it and the number's own fix apply together.
                    report.accept(Finding.of(Finding.Severity.WARNING, SPACE, part.at(space - 1), written, written)
                            .withFix(new Finding.Fix(part.location(), space - 1, text.substring(space - 1, n.start()),
                                    String.valueOf(text.charAt(space - 1)))));
                }
            }
        }
    }
}
