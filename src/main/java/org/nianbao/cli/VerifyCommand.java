package org.nianbao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.nianbao.i18n.Messages;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureReport;
import org.nianbao.workspace.Workspace;
import org.nianbao.sign.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nianbao verify signed.pdf [--json]}: exit 0 only when the PDF has signatures, every one is
 * intact and the last covers the whole file; 1 otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends CliCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<signed.pdf>", descriptionKey = "verify.file")
    Path file;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        Workspace.Verification verification;
        try {
            verification = ctx.workspace().verify(file);
        } catch (SignException e) {
            throw SignCommand.failure(e);
        }
        VerificationReport report = verification.report();
        ZoneId zone = ctx.workspace().clock().getZone();
        boolean attached = verification.dataAttached();
        boolean covered = verification.dataCovered();
        if (output.json) {
            ObjectNode root = toJson(report, zone);
            root.putObject("data").put("attached", attached).put("covered", covered);
            ctx.printJson(root);
        } else {
            print(report, ctx, zone);
            ctx.say(!attached ? "cli.verify.dataNone" : covered ? "cli.verify.dataCovered" : "cli.verify.dataNotCovered");
        }
        return report.valid() ? Cli.OK : Cli.INPUT;
    }

    /**
     * The machine-readable shape (documented in the README): {@code file}, {@code valid}, and per
     * signature its field, signer, time, revision, coverage, integrity and certificate; {@code data}:
     * whether the report's figures are attached and covered by the last signature. Extend it; never rename.
     */
    static ObjectNode toJson(VerificationReport report, ZoneId zone) {
        ObjectMapper m = CliContext.json();
        ObjectNode root = m.createObjectNode();
        root.put("file", report.file().toString());
        root.put("valid", report.valid());
        ArrayNode signatures = root.putArray("signatures");
        for (SignatureReport s : report.signatures()) {
            ObjectNode o = signatures.addObject();
            o.put("field", s.field());
            o.put("signer", s.signer());
            o.put("signerName", s.signerName());
            o.put("signingTime", time(s.signingTime(), zone));
            o.put("reason", s.reason());
            o.put("location", s.location());
            o.put("revision", s.revision());
            o.put("totalRevisions", s.totalRevisions());
            o.put("coversWholeDocument", s.coversWholeDocument());
            o.put("intact", s.intact());
            o.put("problem", s.problem());
            SignatureReport.CertificateFacts c = s.certificate();
            if (c == null) {
                o.putNull("certificate");
            } else {
                ObjectNode cert = o.putObject("certificate");
                cert.put("subject", c.subject());
                cert.put("issuer", c.issuer());
                cert.put("serialNumber", c.serialNumber());
                cert.put("notBefore", time(c.notBefore(), zone));
                cert.put("notAfter", time(c.notAfter(), zone));
                cert.put("validAtSigningTime", c.validAtSigningTime());
                cert.put("selfSigned", c.selfSigned());
            }
        }
        return root;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private static void print(VerificationReport report, CliContext ctx, ZoneId zone) {
        Messages m = ctx.messages();
        ctx.say("cli.verify.file", report.file());
        int n = 0;
        for (SignatureReport s : report.signatures()) {
            n++;
            ctx.say("cli.verify.signature", n, s.field(), s.revision(), s.totalRevisions());
            ctx.say("cli.verify.signer", s.signerName(), s.signer());
            ctx.say("cli.verify.time", s.signingTime() == null ? "—" : SignCommand.TIME.format(s.signingTime().atZone(zone)));
            if (s.reason() != null || s.location() != null) {
                ctx.say("cli.verify.reasonLocation", s.reason() == null ? "—" : s.reason(), s.location() == null ? "—" : s.location());
            }
            ctx.say(s.intact() ? "cli.verify.intact" : "cli.verify.broken", String.valueOf(s.problem()));
            ctx.say(s.coversWholeDocument() ? "cli.verify.coversAll" : "cli.verify.coversRevision");
            SignatureReport.CertificateFacts c = s.certificate();
            if (c != null) {
                ctx.say("cli.verify.validity", c.notBefore().atZone(zone).toLocalDate(), c.notAfter().atZone(zone).toLocalDate(),
                        m.get(c.validAtSigningTime() ? "cli.verify.validThen" : "cli.verify.invalidThen"));
                if (c.selfSigned()) {
                    ctx.say("cli.verify.selfSigned");
                } else {
                    ctx.say("cli.verify.issuer", c.issuer());
                }
            }
        }
        if (report.signatures().isEmpty()) {
            ctx.say("cli.verify.none");
        } else if (report.valid()) {
            ctx.say("cli.verify.valid", report.signatures().size());
        } else {
            for (SignatureReport s : report.signatures()) {
                if (!s.intact()) {
                    ctx.say("cli.verify.integrityFailed", s.field());
                }
            }
            if (!report.last().coversWholeDocument()) {
                ctx.say("cli.verify.changedAfterLast", report.last().field());
            }
        }
    }
}
