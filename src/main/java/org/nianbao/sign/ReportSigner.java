package org.nianbao.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.i18n.Messages;
import org.nianbao.render.fonts.BundledFont;
import org.nianbao.platform.AtomicFile;

/**
 * Adds a PAdES baseline-B signature to a PDF. The signature is an incremental update (append
 * mode), so the bytes of the input, earlier signatures included, stay exactly as they were, and a
 * PDF/A-3b input stays PDF/A-3b. The output is written to a temp file beside it and renamed, so a
 * failure leaves no file and never touches the input.
 */
public final class ReportSigner {
    /** Font size of the visible appearance; small enough to sit beside the 3号 signature block. */
    static final float APPEARANCE_PT = 9f;
    static final float APPEARANCE_LEADING = APPEARANCE_PT * 1.35f;
    static final float APPEARANCE_PADDING = 4f;
    private static final float APPEARANCE_SLACK = 12f;
    private static final BundledFont APPEARANCE_FONT = BundledFont.SANS_REGULAR;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static FontProgram appearanceProgram;

    private final Clock clock;

    public ReportSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Signs {@code input} into {@code output} (which may be the same file).
     *
     * @throws SignException for everything the user must fix: a PDF that is not one, a certificate
     *                       outside its validity period, no room for the visible signature, a file
     *                       that cannot be read or written
     */
    public SignedReport sign(Path input, Path output, SigningKey key, SignatureRequest request) throws SignException {
        byte[] bytes = PdfBytes.read(input);
        ZonedDateTime now = ZonedDateTime.now(clock);
        SigningKey.Validity validity = key.validityAt(now.toInstant());
        if (validity != SigningKey.Validity.VALID && !request.allowInvalidCertificate()) {
            throw SignException.input(validity == SigningKey.Validity.EXPIRED ? "sign.error.certificateExpired" : "sign.error.certificateNotYetValid",
                    null, key.signerName(), key.certificate().getNotBefore().toInstant().atZone(now.getZone()).toLocalDate().toString(),
                    key.certificate().getNotAfter().toInstant().atZone(now.getZone()).toLocalDate().toString());
        }
        Plan plan;
        try {
            plan = plan(input, bytes, key, request, now);
        } catch (StackOverflowError e) {
            // iText parses nested arrays and dictionaries recursively: 100,000 levels in a few hundred KB exhaust the stack.
            throw SignException.input("sign.error.pdfTooDeep", null, input.toString());
        }
        try {
            AtomicFile.write(output, out -> {
                PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(bytes)), out);
                try {
                    // The key's own JCA provider signs (not BouncyCastle by name), so a shaded jar needs no signed BC provider.
                    signer.signWithBaselineBProfile(plan.properties, key.chain(),
                            new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null));
                } catch (GeneralSecurityException e) {
                    throw new SigningFailed(e);
                }
            });
        } catch (SigningFailed e) {
            throw SignException.input("sign.error.failed", e.getCause(), input.toString(), String.valueOf(e.getCause().getMessage()));
        } catch (IOException | UncheckedIOException e) {
            throw SignException.io("sign.error.write", e, output.toString(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // iText reports a PDF it cannot update (damaged cross-references, PDF/A violations …) as PdfException.
            throw SignException.input("sign.error.failed", e, input.toString(), String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            throw SignException.input("sign.error.pdfTooDeep", null, input.toString());
        }
        return new SignedReport(output, plan.fieldName, key.signerName(), now, plan.earlierSignatures, validity, plan.appearancePage);
    }

    private record Plan(SignerProperties properties, String fieldName, int earlierSignatures, int appearancePage) {
    }

    /** Reads the PDF once to name the new field, count earlier signatures and place the appearance. */
    private static Plan plan(Path input, byte[] bytes, SigningKey key, SignatureRequest request, ZonedDateTime now) throws SignException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            SignatureUtil util = new SignatureUtil(pdf);
            int earlier = util.getSignatureNames().size();
            String fieldName = newFieldName(pdf);
            SignerProperties props = new SignerProperties()
                    .setFieldName(fieldName)
                    .setClaimedSignDate(GregorianCalendar.from(now))
                    .setSignatureCreator("Nianbao");
            if (request.reason() != null) {
                props.setReason(request.reason());
            }
            if (request.location() != null) {
                props.setLocation(request.location());
            }
            int page = 0;
            if (request.visible()) {
                List<String> lines = appearanceLines(messagesFor(pdf), key, request, now);
                PdfFont font = appearanceFont(lines);
                float width = 0;
                for (String line : lines) {
                    width = Math.max(width, font.getWidth(line, APPEARANCE_PT));
                }
                // The field adds its own border and inner padding around the text: leave room so no line wraps or is cut.
                width += 2 * APPEARANCE_PADDING + APPEARANCE_SLACK;
                float height = lines.size() * APPEARANCE_LEADING + 2 * APPEARANCE_PADDING + APPEARANCE_SLACK;
                AppearancePlacement.Place place = AppearancePlacement.find(pdf, width, height)
                        .orElseThrow(() -> SignException.input("sign.error.noRoomForAppearance", null, input.toString()));
                page = place.page();
                props.setPageNumber(page).setPageRect(place.rectangle()).setSignatureAppearance(appearance(lines, font));
            }
            return new Plan(props, fieldName, earlier, page);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException r && r.getCause() instanceof SignException) {
                throw (SignException) r.getCause();
            }
            throw SignException.input("sign.error.unreadablePdf", e, input.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Signature1, Signature2 …: the first name no field of the form has. */
    private static String newFieldName(PdfDocument pdf) {
        Set<String> taken = new HashSet<>();
        PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, false);
        if (form != null) {
            taken.addAll(form.getAllFormFields().keySet());
        }
        int n = 1;
        while (taken.contains("Signature" + n)) {
            n++;
        }
        return "Signature" + n;
    }

    /** The appearance speaks the document's language (its /Lang), Chinese when it names none. */
    private static Messages messagesFor(PdfDocument pdf) {
        PdfString lang = pdf.getCatalog().getLang();
        String tag = lang == null ? "zh" : lang.toUnicodeString().toLowerCase(Locale.ROOT);
        return tag.startsWith("en") ? Messages.english() : Messages.chinese();
    }

    static List<String> appearanceLines(Messages m, SigningKey key, SignatureRequest request, ZonedDateTime now) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("sign.appearance.signer", key.signerName()));
        lines.add(m.get("sign.appearance.time", TIME.format(now)));
        if (request.reason() != null) {
            lines.add(m.get("sign.appearance.reason", request.reason()));
        }
        if (request.location() != null) {
            lines.add(m.get("sign.appearance.location", request.location()));
        }
        return lines;
    }

    /** The bundled font, embedded (PDF/A requires it); refuses a character it cannot draw. */
    private static PdfFont appearanceFont(List<String> lines) {
        FontProgram program = appearanceProgram();
        for (String line : lines) {
            line.codePoints().forEach(cp -> {
                if (!Character.isWhitespace(cp) && program.getGlyph(cp) == null) {
                    throw new IllegalStateException(SignException.input("sign.error.missingGlyph", null,
                            Character.toString(cp), String.format(Locale.ROOT, "U+%04X", cp), line));
                }
            });
        }
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static synchronized FontProgram appearanceProgram() {
        if (appearanceProgram == null) {
            try {
                appearanceProgram = FontProgramFactory.createFont(APPEARANCE_FONT.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Bundled font unreadable: " + APPEARANCE_FONT.resourcePath(), e);
            }
        }
        return appearanceProgram;
    }

    private static SignatureFieldAppearance appearance(List<String> lines, PdfFont font) {
        Div text = new Div().setPadding(APPEARANCE_PADDING);
        for (String line : lines) {
            text.add(new Paragraph(line).setMargin(0).setFixedLeading(APPEARANCE_LEADING));
        }
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
        appearance.setContent(text);
        appearance.setFont(font).setFontSize(APPEARANCE_PT).setFontColor(new DeviceRgb(0x1a, 0x1a, 0x1a));
        appearance.setBorder(new SolidBorder(new DeviceRgb(0x8b, 0x1a, 0x1a), 0.75f));
        return appearance;
    }

    /** Carries a signing failure out of the atomic writer, whose callback may only throw IOException. */
    private static final class SigningFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SigningFailed(GeneralSecurityException cause) {
            super(cause);
        }
    }
}
