package org.nianbao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.i18n.Messages;

/**
 * Every message key the signing code uses exists in Chinese and English. (TranslationKeysTest checks
 * unused keys everywhere but missing ones only for its own list of prefixes, which has no "sign".)
 */
class SignMessagesTest {
    /** Message keys; picocli help keys ({@code descriptionKey = "sign.reason"}) live in the help bundle. */
    private static final Pattern KEY = Pattern.compile("(?<!descriptionKey = )\"((?:sign|cli\\.sign|cli\\.verify)\\.[a-zA-Z.]+)\"");

    @Test
    void everySigningMessageKeyIsTranslated() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/nianbao/sign")),
                Stream.of(Path.of("src/main/java/org/nianbao/cli/SignCommand.java"), Path.of("src/main/java/org/nianbao/cli/VerifyCommand.java")))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        for (Messages messages : new Messages[] {Messages.chinese(), Messages.english()}) {
            assertThat(keys).as("keys missing in %s", messages.locale()).allMatch(messages::has);
        }
    }
}
