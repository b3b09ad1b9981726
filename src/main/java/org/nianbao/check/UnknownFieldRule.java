package org.nianbao.check;

import java.util.function.Consumer;
import org.nianbao.compose.Fields;

/** A {{名称}} in the prose that names no field would print as written: an error before export. */
final class UnknownFieldRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            for (Fields.Unknown u : ctx.fields().unknownIn(part.text())) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.field.unknown", part.at(u.start()),
                        part.text().substring(u.start(), u.end()), u.name()));
            }
        }
    }
}
