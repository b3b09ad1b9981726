package org.nianbao.check;

import org.nianbao.model.Location;
import java.util.function.Consumer;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Section;

/** Each section the kind requires is in the outline and has text; appendices may be generated later. */
final class RequiredContentRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (ReportKind.OutlineSection required : ctx.kind().outline()) {
            if (!required.required()) {
                continue;
            }
            String location = new Location.Section(required.id()).encode();
            Section section = ctx.project().section(required.id()).orElse(null);
            if (section == null) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.section.missing", location, required.heading(),
                        required.heading()));
            } else if (section.prose().isBlank()) {
                report.accept(Finding.of(required.appendix() ? Finding.Severity.WARNING : Finding.Severity.ERROR,
                        required.appendix() ? "check.section.emptyAppendix" : "check.section.empty", location,
                        section.heading(), section.heading()));
            }
        }
    }
}
