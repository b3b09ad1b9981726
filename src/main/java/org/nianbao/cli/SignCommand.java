package org.nianbao.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureRequest;
import org.nianbao.sign.SignedReport;
import org.nianbao.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao sign report.pdf --keystore unit.p12 … --out signed.pdf}: a PAdES signature, PDF/A kept. */
@Command(name = "sign", mixinStandardHelpOptions = true)
final class SignCommand extends CliCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);


    @Parameters(index = "0", paramLabel = "<report.pdf>", descriptionKey = "sign.input")
    Path input;

    @Mixin
    Signing signing;

    @Option(names = "--out", required = true, paramLabel = "<signed.pdf>", descriptionKey = "sign.out")
    Path out;

    /** The key and signature options, shared with {@code export --sign}. */
    static final class Signing {
        @Option(names = "--keystore", paramLabel = "<unit.p12>", descriptionKey = "sign.keystore")
        Path keystore;

        @Option(names = "--alias", paramLabel = "<alias>", descriptionKey = "sign.alias")
        String alias;

        @Option(names = "--password-env", paramLabel = "<VAR>", descriptionKey = "sign.passwordEnv")
        String passwordEnv;

        @Option(names = "--reason", paramLabel = "<reason>", descriptionKey = "sign.reason")
        String reason;

        @Option(names = "--location", paramLabel = "<place>", descriptionKey = "sign.location")
        String location;

        @Option(names = "--visible", descriptionKey = "sign.visible")
        boolean visible;

        @Option(names = "--allow-expired", descriptionKey = "sign.allowExpired")
        boolean allowExpired;

        /** Whether any of these options was given (export refuses them without --sign). */
        boolean given() {
            return keystore != null || alias != null || passwordEnv != null || reason != null || location != null
                    || visible || allowExpired;
        }

        SignatureRequest request() {
            return new SignatureRequest(reason, location, visible, allowExpired);
        }
    }

    @Override
    public Integer call() {
        SigningKey key = openKey(ctx, signing);
        sign(ctx, key, signing, input, out);
        return Cli.OK;
    }

    /**
     * Opens the key store with a password from {@code --password-env}, standard input (when it is
     * not a terminal) or an interactive prompt; the password is wiped as soon as the store is read.
     */
    static SigningKey openKey(CliContext ctx, Signing o) {
        if (o.keystore == null) {
            throw new CliFailure(Cli.USAGE, "cli.sign.keystoreRequired");
        }
        char[] password = password(ctx, o);
        try {
            return ctx.workspace().signingKey(o.keystore, password, o.alias);
        } catch (SignException e) {
            throw failure(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Signs {@code in} into {@code out} and says what was done; warns about certificates that prove little. */
    static SignedReport sign(CliContext ctx, SigningKey key, Signing o, Path in, Path out) {
        return report(ctx, key, signed(() -> ctx.workspace().sign(in, out, key, o.request())), out);
    }

    /** Signing work that may fail with a {@link SignException} (or an I/O error writing the files). */
    interface SigningWork {
        SignedReport run() throws SignException, java.io.IOException;
    }

    static SignedReport signed(SigningWork work) {
        try {
            return work.run();
        } catch (SignException e) {
            throw failure(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Says what was signed and warns about certificates that prove little. */
    static SignedReport report(CliContext ctx, SigningKey key, SignedReport signed, Path out) {
        ctx.say("cli.sign.signed", out, signed.fieldName(), signed.signer(), TIME.format(signed.signedAt()));
        if (signed.earlierSignatures() > 0) {
            ctx.say("cli.sign.appended", signed.earlierSignatures());
        }
        if (signed.appearancePage() > 0) {
            ctx.say("cli.sign.visibleOn", signed.appearancePage());
        }
        String notBefore = key.certificate().getNotBefore().toInstant().atZone(signed.signedAt().getZone()).toLocalDate().toString();
        String notAfter = key.certificate().getNotAfter().toInstant().atZone(signed.signedAt().getZone()).toLocalDate().toString();
        if (signed.certificate() == SigningKey.Validity.EXPIRED) {
            ctx.err().println(ctx.messages().get("cli.sign.expiredWarning", notAfter));
        } else if (signed.certificate() == SigningKey.Validity.NOT_YET_VALID) {
            ctx.err().println(ctx.messages().get("cli.sign.notYetValidWarning", notBefore));
        }
        if (key.certificate().getSubjectX500Principal().equals(key.certificate().getIssuerX500Principal())) {
            ctx.err().println(ctx.messages().get("cli.sign.selfSignedWarning"));
        }
        return signed;
    }

    static CliFailure failure(SignException e) {
        return new CliFailure(e.isIoFailure() ? Cli.IO : Cli.INPUT, e.key(), e.args());
    }

    private static char[] password(CliContext ctx, Signing o) {
        if (o.passwordEnv != null) {
            // An environment variable's value is a String and cannot be wiped; it is only copied out.
            String value = System.getenv(o.passwordEnv);
            if (value == null) {
                throw new CliFailure(Cli.USAGE, "cli.sign.passwordEnvUnset", o.passwordEnv);
            }
            return value.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", ctx.messages().get("cli.sign.passwordPrompt", o.keystore.getFileName()));
            if (typed == null) {
                throw new CliFailure(Cli.INPUT, "cli.sign.noPassword");
            }
            return typed;
        }
        try {
            return firstLine(System.in);
        } catch (IOException e) {
            throw new CliFailure(Cli.IO, "cli.sign.passwordUnreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * The first line of standard input as UTF-8 characters, without the line end. Every buffer that
     * held the password is wiped; the stream stays open (it is the process's standard input).
     */
    static char[] firstLine(InputStream in) throws IOException {
        byte[] raw = new byte[64];
        int length = 0;
        CharBuffer chars = null;
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length == raw.length) {
                    byte[] bigger = Arrays.copyOf(raw, raw.length * 2);
                    Arrays.fill(raw, (byte) 0);
                    raw = bigger;
                }
                raw[length++] = (byte) b;
            }
            if (length > 0 && raw[length - 1] == '\r') {
                length--;
            }
            chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw, 0, length));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            return password;
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
