package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** Numbered headings the secretary types into the prose become headings of the document. */
class ProseHeadingsTest {
    private final Workspace ws = Workspace.standard();

    private List<Block> proactiveBlocks(String prose) {
        Document doc = new DocumentComposer(ws.kind("moe-academic-year"))
                .compose(Fixtures.project(ws).withProse("proactive", prose), LocalDate.of(2022, 10, 30));
        List<Block> blocks = doc.blocks();
        int start = blocks.indexOf(blocks.stream()
                .filter(b -> b instanceof Block.Heading h && h.sourceId().equals("proactive")).findFirst().orElseThrow());
        int end = start + 1;
        while (end < blocks.size() && !(blocks.get(end) instanceof Block.Heading h && h.level() == 1)
                && !(blocks.get(end) instanceof Block.Table)) {
            end++;
        }
        return blocks.subList(start + 1, end);
    }

    @Test
    void aNumberedPhraseOnItsOwnLineIsAHeadingOfItsLevel() {
        List<Block> blocks = proactiveBlocks("（一）主动公开情况\n\n1.公开渠道\n\n（1）学校官网\n\n（十二）其他");
        assertThat(blocks).containsExactly(
                new Block.Heading(2, "（一）", "主动公开情况", "proactive"),
                new Block.Heading(3, "1.", "公开渠道", "proactive"),
                new Block.Heading(4, "（1）", "学校官网", "proactive"),
                new Block.Heading(2, "（十二）", "其他", "proactive"));
    }

    @Test
    void aHeadingSentenceThatRunsIntoTheParagraphStaysOneParagraphWithARunInLead() {
        List<Block> blocks = proactiveBlocks("（二）依申请公开情况。本学年共收到申请3件。\n\n１．加强组织领导。学校成立了领导小组。");
        Block.Paragraph second = (Block.Paragraph) blocks.get(0);
        assertThat(second.text()).isEqualTo("（二）依申请公开情况。本学年共收到申请3件。");
        assertThat(second.lead()).isEqualTo(new Block.Paragraph.Lead(2, "（二）依申请公开情况。".length()));
        assertThat(second.leadText()).isEqualTo("（二）依申请公开情况。");
        assertThat(second.restText()).isEqualTo("本学年共收到申请3件。");
        Block.Paragraph third = (Block.Paragraph) blocks.get(1);
        assertThat(third.lead().level()).isEqualTo(3);
        assertThat(third.leadText()).isEqualTo("１．加强组织领导。");
    }

    @Test
    void ordinaryTextAndDecimalsAreNotHeadings() {
        List<Block> blocks = proactiveBlocks("1.5万人次访问了信息公开网。\n\n2022年共发布信息190条。\n\n一是完成网站改版。");
        assertThat(blocks).hasSize(3).allSatisfy(b -> {
            assertThat(b).isInstanceOf(Block.Paragraph.class);
            assertThat(((Block.Paragraph) b).lead().present()).isFalse();
        });
    }
}
