package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.i18n.Messages;
import org.nianbao.kind.KindException;
import org.nianbao.model.InvalidValueException;
import org.nianbao.render.MissingGlyphException;
import org.nianbao.sign.SignException;
import org.nianbao.workspace.Workspace;

/** One error type the user can act on, translated in one place; anything else is a bug: logged, a sentence shown. */
class UserErrorTest {
    @TempDir
    Path dir;

    private WizardViewModel vm(String lang) {
        Workspace ws = new Workspace(org.nianbao.kind.ReportKinds.builtIn(), new org.nianbao.store.ProjectStore(),
                java.time.Clock.systemDefaultZone(), dir.resolve("home"));
        return new WizardViewModel(UiText.forLanguage(lang), ws, Background.direct());
    }

    @Test
    void theAppAndTheCommandLineSayTheSameWordsForTheSameError() {
        MissingGlyphException glyph = new MissingGlyphException(0x2A6D6, "第二部分", "……𪛖……");
        KindException kind = new KindException("my-kind.json", "outline[2].id", "missing");
        InvalidValueException value = new InvalidValueException("model.figure.typed", "not a usable figure: -1", "-1");
        for (var error : new org.nianbao.model.UserError[] {glyph, kind, value}) {
            String app = vm("zh").message((Throwable) error);
            assertThat(app).isEqualTo(Messages.chinese().get(error.key(), error.args())).doesNotContain("null");
            assertThat(vm("en").message((Throwable) error)).isEqualTo(Messages.english().get(error));
        }
        assertThat(vm("zh").message(glyph)).contains("U+2A6D6").contains("第二部分");
        assertThat(vm("zh").message(kind)).contains("my-kind.json").contains("outline[2].id");
    }

    @Test
    void aSigningFailureReadsTheSameInTheExportStep() {
        Path notAKeystore = dir.resolve("unit.p12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            Files.writeString(notAKeystore, "not a key store");
            new Workspace(org.nianbao.kind.ReportKinds.builtIn(), new org.nianbao.store.ProjectStore(),
                    java.time.Clock.systemDefaultZone(), dir.resolve("home")).signingKey(notAKeystore, "x".toCharArray(), null);
        }).isInstanceOfSatisfying(SignException.class, e ->
                assertThat(vm("zh").message(e)).isEqualTo(Messages.chinese().get(e)).doesNotContain("null")
                        .doesNotContain("SignException"));
    }

    /** A bug is not the user's fault: a sentence naming the log file, the stack trace in it, never "null". */
    @Test
    void aBugIsLoggedWithItsStackTraceAndShownAsASentence() throws Exception {
        String shown = vm("zh").message(new NullPointerException());
        Path log = dir.resolve("home").resolve("logs").resolve("nianbao.log");
        assertThat(shown).contains("内部错误").contains("NullPointerException").contains(log.toString()).doesNotContain("null");
        assertThat(Files.readString(log)).contains("java.lang.NullPointerException").contains("at org.nianbao.ui.UserErrorTest");
    }
}
