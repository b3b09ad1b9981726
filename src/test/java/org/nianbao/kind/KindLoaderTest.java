package org.nianbao.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nianbao.model.AcademicYear;

class KindLoaderTest {
    private static final String FILE = "moe-academic-year.json";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void builtInKindHasTheMoeOutlineAndTheFiftyItemList() {
        ReportKind kind = ReportKinds.builtIn().find("moe-academic-year").orElseThrow();
        assertThat(kind.outline()).extracting(ReportKind.OutlineSection::id).containsExactly(
                "overview", "proactive", "on-request", "evaluation", "complaints", "improvements", "other", "list-table");
        assertThat(kind.outline()).allSatisfy(s -> assertThat(s.heading()).isNotBlank());
        assertThat(kind.section("list-table").orElseThrow().appendix()).isTrue();
        assertThat(kind.categories()).hasSize(10);
        assertThat(kind.items()).hasSize(50);
        assertThat(kind.items()).extracting(ReportKind.ListItem::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(kind.items()).filteredOn(i -> i.number() <= 21).allMatch(ReportKind.ListItem::verified);
        assertThat(kind.items()).filteredOn(i -> i.number() >= 22).noneMatch(ReportKind.ListItem::verified);
        assertThat(kind.channels()).isNotEmpty();
        assertThat(kind.outcomes()).extracting(ReportKind.Outcome::code).contains("disclosed", "partly-disclosed");
        assertThat(kind.replyLimitWorkingDays()).isEqualTo(15);
    }

    @Test
    void builtInFactsAgreeWithTheirSources() {
        ReportKind moe = ReportKinds.builtIn().find("moe-academic-year").orElseThrow();
        ReportKind gov = ReportKinds.builtIn().find("gov-2021-calendar-year").orElseThrow();
        // 教办函〔2014〕23号: category 10 is 其他信息; the appendix prints the notice's full wording, short labels stay.
        assertThat(moe.categories().get(9).name()).isEqualTo("其他信息");
        java.util.Map<Integer, ReportKind.ListItem> items = new java.util.HashMap<>();
        moe.items().forEach(i -> items.put(i.number(), i));
        assertThat(items.get(8).printedName()).isEqualTo("保送、自主选拔录取、高水平运动员和艺术特长生招生等特殊类型招生入选考生资格及测试结果");
        assertThat(items.get(8).name()).isEqualTo("特殊类型招生入选考生资格及测试结果");
        assertThat(items.get(19).printedName()).isEqualTo("收支预算总表、收入预算表、支出预算表、财政拨款支出预算表");
        assertThat(items.get(20).printedName()).isEqualTo("收支决算总表、收入决算表、支出决算表、财政拨款支出决算表");
        assertThat(items.get(48).printedName()).isEqualTo("来华留学生管理相关规定");
        assertThat(moe.items()).allSatisfy(i -> assertThat(i.source()).as("item %d's source", i.number()).isNotBlank());
        assertThat(moe.items()).filteredOn(i -> i.number() >= 22).allSatisfy(i -> assertThat(i.verified()).isFalse());
        // 学校规定的其他情形 is no ground the 条例 lists under （三）不予公开 (so not 3.3.2 其他法律行政法规禁止公开):
        // both kinds count it where the form puts what fits no ground, （六）其他处理 3.其他.
        ReportKind.FormTable t3 = gov.formTable("3").orElseThrow();
        for (ReportKind kind : java.util.List.of(moe, gov)) {
            String row = kind.outcomes().stream().filter(o -> o.code().equals("withheld-other-rule")).findFirst().orElseThrow().gov();
            assertThat(t3.row(row).orElseThrow().name()).as(kind.id()).isEqualTo("3.其他");
            assertThat(t3.rows().get(t3.rows().indexOf(t3.row(row).orElseThrow()) - 3).name()).isEqualTo("（六）其他处理");
        }
        // Reply limits: 29号令 15 working days (+15 when extended); 条例第三十三条 20 (+20).
        assertThat(moe.replyLimitWorkingDays() + moe.replyExtensionWorkingDays()).isEqualTo(30);
        assertThat(gov.replyLimitWorkingDays()).isEqualTo(20);
        assertThat(gov.replyExtensionWorkingDays()).isEqualTo(20);
        assertThat(gov.marksExtension("经批准延期答复")).isTrue();
        assertThat(gov.marksExtension("按期答复")).isFalse();
        assertThat(gov.source()).doesNotContain("未经").contains("第三十三条").contains("第四十九条");
    }

    @Test
    void windowAndDeadlineFollowTheKindsRules() {
        ReportKind kind = ReportKinds.builtIn().find("moe-academic-year").orElseThrow();
        AcademicYear y = AcademicYear.parse("2021-2022");
        assertThat(kind.window(y).start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(kind.deadline(y)).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(kind.title("示例职业技术学院", y)).isEqualTo("示例职业技术学院2021-2022学年信息公开工作年度报告");
    }

    @Test
    void theGovernmentCalendarYearKindHasItsWindowTitleAndFormTables() {
        ReportKind kind = ReportKinds.builtIn().find("gov-2021-calendar-year").orElseThrow();
        AcademicYear y = AcademicYear.parse("2021-2022");
        assertThat(kind.window(y).start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(kind.window(y).end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(kind.deadline(y)).isEqualTo(LocalDate.of(2022, 1, 31));
        assertThat(kind.title("示例市职业技术学院", y)).isEqualTo("示例市职业技术学院2021年政府信息公开工作年度报告");
        ReportKind.FormTable t3 = kind.formTable("3").orElseThrow();
        assertThat(t3.columns()).hasSize(7);
        assertThat(t3.row("3.7").orElseThrow().name()).isEqualTo("（七）总计");
        assertThat(t3.row("3.3").orElseThrow().group()).isTrue();
        assertThat(kind.formTable("4").orElseThrow().columns()).hasSize(15);
        assertThat(kind.section("on-request").orElseThrow().tables()).containsExactly("form:3");
        assertThat(kind.section("proactive").orElseThrow().tables()).containsExactly("form:1a", "form:1b", "form:1c");
        assertThat(kind.formTable("1c").orElseThrow().decimal()).isTrue();
        assertThat(kind.formTable("1a").orElseThrow().decimal()).isFalse();
    }

    @Test
    void refusesAnOutlineAskingForAFormTableTheKindLacks() {
        assertRefused(root -> ((ObjectNode) root.withArray("outline").get(1)).putArray("tables").add("form:9"), "outline[1].tables[0]");
    }

    @Test
    void namesFileAndFieldWhenASectionLacksItsHeading() {
        assertRefused(root -> ((ObjectNode) root.withArray("outline").get(2)).remove("heading"), "outline[2].heading");
    }

    @Test
    void namesTheItemWhoseCategoryDoesNotExist() {
        assertRefused(root -> ((ObjectNode) root.withArray("items").get(12)).put("category", 42), "items[12].category");
    }

    @Test
    void namesTheDuplicateSectionId() {
        assertRefused(root -> ((ObjectNode) root.withArray("outline").get(1)).put("id", "overview"), "outline[1].id");
    }

    @Test
    void refusesAnUnknownWindowRule() {
        assertRefused(root -> root.put("windowRule", "fiscal-year"), "windowRule");
    }

    @Test
    void refusesAChannelSynonymUsedTwice() {
        assertRefused(root -> {
            ArrayNode channels = root.withArray("channels");
            String first = channels.get(0).get("name").asText();
            ((ArrayNode) channels.get(1).withArray("synonyms")).add(first);
        }, "channels[1]");
    }

    @Test
    void refusesAnUnknownTopLevelField() {
        assertRefused(root -> root.put("outlines", 1), "outlines");
    }

    @Test
    void refusesTextThatIsNotJsonNamingTheLine() {
        InputStream in = new ByteArrayInputStream("{\n  \"id\": \"x\",\n  oops\n}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new KindLoader().load("mine.json", in))
                .isInstanceOf(KindException.class)
                .hasMessageStartingWith("mine.json: line 3");
    }

    private void assertRefused(Consumer<ObjectNode> damage, String field) {
        ObjectNode root;
        try (InputStream in = getClass().getResourceAsStream("/org/nianbao/kinds/" + FILE)) {
            root = (ObjectNode) mapper.readTree(in);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        damage.accept(root);
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new KindLoader().load(FILE, new ByteArrayInputStream(bytes)))
                .isInstanceOf(KindException.class)
                .satisfies(e -> {
                    KindException k = (KindException) e;
                    assertThat(k.file()).isEqualTo(FILE);
                    assertThat(k.field()).isEqualTo(field);
                });
    }
}
