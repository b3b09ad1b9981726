package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.kind.ReportKind;
import org.nianbao.kind.ReportKinds;

/** The figures a report's prose quotes, as the province reads them from a report without data (估读). */
class QuotedFiguresTest {
    private static final ReportKind KIND = ReportKinds.builtIn().find("moe-academic-year").orElseThrow();

    @Test
    void readsTheTotalEachChannelAndTheApplicationsWithTheSentenceEachCameFrom() {
        Map<String, QuotedFigures.Quote> q = QuotedFigures.of(List.of(
                "学校坚持依法公开。各部门报送的207条主动公开信息均已按时发布。",
                "本学年，学校官网发布新闻612条，信息公开网发布和更新信息190条，微信公众号推送推文356篇，关注人数达4.2万。",
                "本学年，学校共收到信息公开申请三件，上学年结转的申请1件。经办理，予以公开2件，结转下学年办理2件。"), KIND);
        assertThat(q.get("records").value()).isEqualTo(207);
        assertThat(q.get("records").sentence()).isEqualTo("各部门报送的207条主动公开信息均已按时发布。");
        assertThat(q.get("channel:学校官网").value()).isEqualTo(612);
        assertThat(q.get("channel:学校官网").written()).isEqualTo("学校官网发布新闻612条");
        assertThat(q.get("channel:信息公开网").value()).isEqualTo(190);
        assertThat(q.get("channel:微信公众号").value()).as("篇 counts too").isEqualTo(356);
        assertThat(q.get("received").value()).isEqualTo(3);
        assertThat(q.get("received").sentence()).isEqualTo("本学年，学校共收到信息公开申请三件，上学年结转的申请1件。");
        assertThat(q.get("carriedIn").value()).isEqualTo(1);
        assertThat(q.get("open").value()).isEqualTo(2);
    }

    @Test
    void noCarryOverIsZeroAndAFigureNotQuotedIsAbsentNotZero() {
        Map<String, QuotedFigures.Quote> q = QuotedFigures.of(List.of("本学年共收到申请2件，无上学年结转的申请。"), KIND);
        assertThat(q.get("carriedIn").value()).isZero();
        assertThat(q).doesNotContainKeys("records", "open", "channel:学校官网");
        assertThat(q.get("received").value()).isEqualTo(2);
    }

    @Test
    void spacesALayoutPutsBetweenChineseAndDigitsDoNotHideTheFigure() {
        Map<String, QuotedFigures.Quote> q = QuotedFigures.of(List.of(
                "本学年共主动公开信息 133 条。学校官网发布新闻 88 条，关注人数 3.5 万。"), KIND);
        assertThat(q.get("records").value()).isEqualTo(133);
        assertThat(q.get("channel:学校官网").value()).isEqualTo(88);
    }

    @Test
    void theFirstQuoteOfAFigureWinsAndFollowersInWanAreNoChannelFigure() {
        Map<String, QuotedFigures.Quote> q = QuotedFigures.of(List.of(
                "微信公众号关注人数达4万余人，推送推文50篇。", "微信公众号推送推文60篇。"), KIND);
        assertThat(q.get("channel:微信公众号").value()).isEqualTo(60);
        q = QuotedFigures.of(List.of("学校官网发布新闻10条。", "学校官网发布新闻20条。"), KIND);
        assertThat(q.get("channel:学校官网").value()).isEqualTo(10);
    }
}
