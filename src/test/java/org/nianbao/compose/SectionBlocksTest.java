package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/** One section cut out of the composed report, as the app shows "what the report prints" beside the editor. */
class SectionBlocksTest {
    private final ProjectSession sample;
    private final Document document;

    SectionBlocksTest() throws Exception {
        sample = Workspace.standard().open(Path.of("samples", "demo.nianbao"));
        document = sample.compose();
    }

    @Test
    void aSectionIsItsHeadingParagraphsAndTablesUpToTheNext() {
        String first = sample.project().sections().get(0).id();
        String second = sample.project().sections().get(1).id();
        List<Block> blocks = document.sectionBlocks(first);
        assertThat(blocks.get(0)).isInstanceOfSatisfying(Block.Heading.class, h -> assertThat(h.sourceId()).isEqualTo(first));
        assertThat(blocks).filteredOn(b -> b instanceof Block.Heading).hasSize(1);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Paragraph).isNotEmpty()
                .allSatisfy(b -> assertThat(((Block.Paragraph) b).where()).isNotIn("opening", "contact"));
        String firstText = String.join("", blocks.stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList()).replaceAll("\\s", "");
        String prose = sample.fields().resolve(sample.project().section(first).orElseThrow().prose()).replaceAll("\\s", "");
        assertThat(firstText).contains(prose.substring(0, Math.min(20, prose.length())));
        assertThat(document.sectionBlocks(second).get(0)).isInstanceOfSatisfying(Block.Heading.class,
                h -> assertThat(h.sourceId()).isEqualTo(second));
    }

    @Test
    void theSectionsWithTablesCarryThemAndTheOpeningStandsAlone() {
        assertThat(sample.project().sections()).anySatisfy(s ->
                assertThat(document.sectionBlocks(s.id())).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Table.class)));
        assertThat(document.openingBlocks()).hasSize(1)
                .allSatisfy(b -> assertThat(((Block.Paragraph) b).where()).isEqualTo("opening"));
        assertThat(document.sectionBlocks("no-such-section")).isEmpty();
    }
}
