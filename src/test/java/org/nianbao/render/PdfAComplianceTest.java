package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.workspace.Workspace;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The reference validator (veraPDF) agrees the exported report is PDF/A-3b. */
class PdfAComplianceTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** veraPDF's verdict on a file (PDF/A-3b); usable from other test classes. */
    static ValidationResult validate(Path pdf) throws Exception {
        initialiseVeraPdf();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            return validator.validate(parser);
        }
    }

    @Test
    void theSampleReportIsPdfA3bCompliant() throws Exception {
        Path pdf = dir.resolve("demo.pdf");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, null);
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant()).as(() -> result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                .limit(5).map(Object::toString).toList().toString()).isTrue();
    }

    @Test
    void aDraftIsPdfA3bCompliantToo() throws Exception {
        Path pdf = dir.resolve("draft.pdf");
        var session = Workspace.standard().open(Path.of("samples", "demo.nianbao"));
        session.write(session.compose().asDraft(java.util.List.of("[错误] 示例")), pdf, null);
        assertThat(validate(pdf).isCompliant()).isTrue();
    }
}
