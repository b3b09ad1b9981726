package org.nianbao.check;

import java.util.function.Consumer;
import org.nianbao.model.Institution;

/** The contact line has office, phone and e-mail; the signature names the institution in full. */
final class ContactSignatureRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Institution inst = ctx.project().institution();
        if (inst.office().isEmpty()) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.contact.officeMissing", "contact", ""));
        }
        if (inst.phone().isEmpty()) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.contact.phoneMissing", "contact", ""));
        }
        if (inst.email().isEmpty()) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.contact.emailMissing", "contact", ""));
        }
        String signer = ctx.project().signOff().name();
        if (!signer.isEmpty() && !signer.equals(inst.name())) {
            report.accept(Finding.of(Finding.Severity.ERROR, "check.signature.nameMismatch", "signature", signer, signer, inst.name()));
        }
        if (ctx.project().signOff().date() == null) {
            report.accept(Finding.of(Finding.Severity.INFO, "check.signature.dateDefault", "signature", ""));
        }
    }
}
