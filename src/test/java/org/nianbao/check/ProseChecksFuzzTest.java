package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/**
 * Whatever is pasted, the checks never throw, and every fix they offer names text that stands
 * where it says. A plain {@code mvn test} replays the seeds under
 * {@code src/test/resources/org/nianbao/check/ProseChecksFuzzTestInputs/} and mutates the corpus;
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ProseChecksFuzzTest#anyProse*'} fuzzes for real.
 */
class ProseChecksFuzzTest {
    private static final Workspace WORKSPACE = Workspace.standard();
    private static final ReportKind KIND = WORKSPACE.kind("moe-academic-year");
    /** The prose rules only: the glyph rule composes the whole document and is tested on its own. */
    private static final Checker PROSE = new Checker(List.of(new ProseWindowRule(), new ProseDateRule(), new ProseFiguresRule(),
            new ProseSumRule(), new YearRangeRule(), new DocumentNumberRule(), new CitationRule(Citations.builtIn()),
            new DuplicateWordRule(), new PairedMarksRule(), new PunctuationWidthRule(), new StraySpaceRule(), new WebClutterRule()));

    @FuzzTest(maxDuration = "60s")
    void anyProseIsCheckedWithoutThrowingAndEveryFixFits(byte[] bytes) {
        checkSound(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Corpus paragraphs with characters dropped, doubled and swapped for the ones the rules look at. */
    @Test
    void mutatedCorpusParagraphsAreCheckedWithoutThrowing() throws IOException {
        Random random = new Random(12);
        String specials = "〔〕[]()（）《》〈〉<>“”,，:：;；年月日号至-—－ \u3000\n0123456789余约共其中合计";
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "org", "nianbao", "check", "corpus"))) {
            for (Path f : files.sorted().toList()) {
                for (ProofreadingCorpusTest.Case c : ProofreadingCorpusTest.parse(f.getFileName().toString(),
                        Files.readString(f, StandardCharsets.UTF_8))) {
                    for (int round = 0; round < 3; round++) {
                        StringBuilder sb = new StringBuilder(c.text());
                        for (int edits = 0; edits < 6 && sb.length() > 0; edits++) {
                            int at = random.nextInt(sb.length());
                            switch (random.nextInt(3)) {
                                case 0 -> sb.deleteCharAt(at);
                                case 1 -> sb.insert(at, specials.charAt(random.nextInt(specials.length())));
                                default -> sb.insert(at, sb.charAt(at));
                            }
                        }
                        checkSound(sb.toString());
                    }
                }
            }
        }
    }

    private static void checkSound(String text) {
        Project p = WORKSPACE.newProject("moe-academic-year", AcademicYear.parse("2021-2022"), Fixtures.institution());
        p = p.withSignOff(new SignOff(p.institution().name(), LocalDate.of(2022, 10, 20))).withProse("overview", text);
        String prose = p.section("overview").orElseThrow().prose();
        List<Finding> findings = PROSE.run(CheckContext.of(p, KIND, LocalDate.of(2022, 10, 20), HolidayCalendar.builtIn()));
        for (Finding f : findings) {
            if (f.fix() != null && f.fix().part().equals("section:overview")) {
                assertThat(prose.startsWith(f.fix().replace(), f.fix().offset())).as(f.toString()).isTrue();
            }
        }
        Fixes.apply(p, findings);
    }
}
