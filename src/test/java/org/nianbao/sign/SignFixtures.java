package org.nianbao.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.testing.CliRun;
import org.nianbao.workspace.Workspace;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample report exported by the real exporter, the command line with a password on stdin, veraPDF. */
final class SignFixtures {
    private static Path demo;

    private SignFixtures() {
    }

    /** A fresh copy of samples/demo.nianbao exported to PDF/A-3b (exported once per run). */
    static Path demoPdf(Path dir, String name) throws Exception {
        synchronized (SignFixtures.class) {
            if (demo == null) {
                Path once = Files.createTempDirectory("nianbao-sign-demo");
                demo = once.resolve("demo.pdf");
                Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(demo, null);
            }
        }
        Path copy = dir.resolve(name);
        Files.copy(demo, copy);
        return copy;
    }

    /** Runs the command line with {@code stdin} as standard input (how a script pipes the password). */
    static CliRun run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    /** Signs with the test password on stdin; fails the test if signing fails. */
    static CliRun sign(Path in, Path keystore, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("sign", in.toString(), "--keystore", keystore.toString(), "--out", out.toString()),
                Stream.of(more)).toArray(String[]::new);
        CliRun run = run(TestKeys.PASSWORD + "\n", args);
        if (run.exitCode() != 0) {
            throw new AssertionError("sign failed (" + run.exitCode() + "): " + run.err() + run.out());
        }
        return run;
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static ValidationResult pdfA2b(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            return validator.validate(parser);
        }
    }

    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .limit(5).map(Object::toString).toList().toString();
    }
}
