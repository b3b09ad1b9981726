package org.nianbao.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in Chinese and English, every key the code uses exists, and none lies unused. */
class TranslationKeysTest {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"|descriptionKey = \"([a-zA-Z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"org/nianbao/i18n/messages", "org/nianbao/ui/ui", "org/nianbao/cli/help"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = load(bundle + ".properties").stringPropertyNames();
        Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys of %s_en", bundle).isEqualTo(new TreeSet<>(zh));
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/nianbao/i18n/messages", "org/nianbao/ui/ui", "org/nianbao/cli/help"})
    void everyKeyInTheCodeIsTranslatedAndEveryTranslationIsUsed(String bundle) throws IOException {
        Set<String> defined = load(bundle + ".properties").stringPropertyNames();
        Set<String> literals = keyLiteralsInSources();
        Set<String> options = descriptionKeysInSources();
        Set<String> prefixes = Set.of("model", "store", "workspace", "kind", "render", "cli", "ui", "intake", "check",
                "published", "review", "sign", "gather");
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            if (literal.indexOf('.') < 0) {
                continue; // a picocli descriptionKey such as "json"
            }
            String prefix = literal.substring(0, literal.indexOf('.'));
            boolean belongsHere = bundle.endsWith("/messages") ? prefixes.contains(prefix) && !prefix.equals("ui")
                    : bundle.endsWith("/ui") && prefix.equals("ui");
            if (belongsHere && !defined.contains(literal) && !options.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but missing from %s", bundle).isEmpty();
        if (!bundle.endsWith("/help")) {
            Set<String> unused = new TreeSet<>(defined);
            unused.removeAll(literals);
            assertThat(unused).as("keys of %s no code uses", bundle).isEmpty();
        } else {
            // picocli reads usage.* and mixinStandardHelpOptions.* and <command>.usage.description itself.
            Set<String> unused = new TreeSet<>(defined);
            unused.removeAll(literals);
            unused.removeIf(k -> k.startsWith("usage.") || k.startsWith("mixinStandardHelpOptions.") || k.endsWith(".usage.description"));
            assertThat(unused).as("option descriptions no option uses").isEmpty();
        }
    }

    /** The picocli option descriptions' keys, which belong to the help bundle. */
    private static Set<String> descriptionKeysInSources() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = Pattern.compile("descriptionKey = \"([a-zA-Z.]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> keyLiteralsInSources() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                // Block comments quote ids that are no keys ("review.upheld", a form-table row id).
                Matcher m = KEY_LITERAL.matcher(BLOCK_COMMENT.matcher(Files.readString(f)).replaceAll(""));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
