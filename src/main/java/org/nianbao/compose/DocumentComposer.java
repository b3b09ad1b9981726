package org.nianbao.compose;

import org.nianbao.model.ChineseNumerals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.stats.Figures;
import org.nianbao.stats.FormTableFigures;

/**
 * Builds the one {@link Document} both renderers lay out: title, opening paragraph, numbered
 * sections, contact line, signature block, then appendices on their own pages.
 */
public final class DocumentComposer {
    private static final String APPENDIX_PREFIX = "附：";
    private final ReportKind kind;

    public DocumentComposer(ReportKind kind) {
        this.kind = kind;
    }

    /**
     * @param exportDate the day of export, used when the sign-off has no date of its own
     */
    public Document compose(Project project, LocalDate exportDate) {
        return compose(project, exportDate, null);
    }

    /**
     * @param seal the seal image (PNG) to print over the signature, or null
     */
    public Document compose(Project project, LocalDate exportDate, byte[] seal) {
        Institution inst = project.institution();
        String title = kind.title(project);
        Figures figures = Figures.of(project);
        Fields fields = Fields.of(project, kind, figures);
        List<Block> blocks = new ArrayList<>();
        blocks.add(project.title().isEmpty() ? new Block.Title(kind.titleParts(inst.name(), project.year()))
                : new Block.Title(project.titleLines(), true));

        String opening = project.opening().isBlank() ? openingText(project, title) : project.opening();
        for (String p : Section.paragraphsOf(opening)) {
            blocks.add(new Block.Paragraph(fields.resolve(p), Block.Paragraph.Style.BODY, "opening"));
        }

        List<Section> appendices = new ArrayList<>();
        int number = 0;
        for (Section s : project.sections()) {
            if (isAppendix(s)) {
                appendices.add(s);
                continue;
            }
            number++;
            blocks.add(new Block.Heading(1, ChineseNumerals.of(number) + "、", s.heading(), s.id()));
            addParagraphs(blocks, s, fields);
            addTables(blocks, s, project, figures);
        }

        String contact = contactLine(inst);
        if (!contact.isEmpty()) {
            blocks.add(new Block.Paragraph(contact, Block.Paragraph.Style.BODY, "contact"));
        }
        if (!appendices.isEmpty()) {
            blocks.add(new Block.AttachmentNote(DocumentWords.get("attachment.label"),
                    appendices.stream().map(DocumentComposer::attachmentTitle).toList()));
        }
        String signer = project.signOff().name().isEmpty() ? inst.name() : project.signOff().name();
        LocalDate date = project.signOff().date() != null ? project.signOff().date() : exportDate;
        blocks.add(new Block.SignatureBlock(signer, ChineseDates.format(date), seal));

        for (int i = 0; i < appendices.size(); i++) {
            Section s = appendices.get(i);
            blocks.add(new Block.PageBreak());
            String label = DocumentWords.get("attachment.label") + (appendices.size() > 1 ? String.valueOf(i + 1) : "");
            blocks.add(new Block.Attachment(label, attachmentTitle(s), s.id()));
            addParagraphs(blocks, s, fields);
            addTables(blocks, s, project, figures);
        }
        String subject = kind.name() + " " + project.year();
        return new Document(new Document.DocumentInfo(title, inst.name(), subject, "zh-CN"), blocks)
                .withData(ReportData.json(project, kind, figures, fields, exportDate));
    }

    /** The kind's form table a section names ("form:3"), or null for a generated table. */
    private ReportKind.FormTable formTable(String table) {
        return table.startsWith(ReportKind.OutlineSection.FORM_TABLE_PREFIX)
                ? kind.formTable(table.substring(ReportKind.OutlineSection.FORM_TABLE_PREFIX.length())).orElse(null) : null;
    }

    /** An appendix's name as the attachment prints it: its heading without the leading 附：. */
    private static String attachmentTitle(Section s) {
        return s.heading().startsWith(APPENDIX_PREFIX) ? s.heading().substring(APPENDIX_PREFIX.length()) : s.heading();
    }

    /** The generated tables the kind asks for after this section's text. */
    private void addTables(List<Block> blocks, Section s, Project project, Figures figures) {
        List<String> tables = kind.section(s.id()).map(ReportKind.OutlineSection::tables).orElse(List.of());
        for (int i = 0; i < tables.size(); i++) {
            String table = tables.get(i);
            // Consecutive form tables of one sheet print as one table of blocks.
            List<ReportKind.FormTable> sheet = new ArrayList<>();
            for (int k = i; k < tables.size(); k++) {
                ReportKind.FormTable f = formTable(tables.get(k));
                if (f == null || f.sheet().isEmpty() || (!sheet.isEmpty() && !f.sheet().equals(sheet.get(0).sheet()))) {
                    break;
                }
                sheet.add(f);
            }
            if (!sheet.isEmpty()) {
                blocks.add(FormTables.sheet(sheet, FormTableFigures.printed(project, kind)));
                i += sheet.size() - 1;
                continue;
            }
            switch (table) {
                case "list-items" -> blocks.add(ListTable.of(kind, project, figures.recordsByItem()));
                case "channels" -> SummaryTables.channels(kind, figures).ifPresent(blocks::add);
                case "categories" -> SummaryTables.categories(kind, figures).ifPresent(blocks::add);
                case "outcomes" -> SummaryTables.outcomes(kind, figures).ifPresent(blocks::add);
                default -> {
                    String form = table.substring(ReportKind.OutlineSection.FORM_TABLE_PREFIX.length());
                    ReportKind.FormTable layout = kind.formTable(form).filter(f -> table.startsWith(ReportKind.OutlineSection.FORM_TABLE_PREFIX))
                            .orElseThrow(() -> new IllegalStateException("The kind loader admits no table " + table));
                    blocks.add(FormTables.of(layout, FormTableFigures.printed(project, kind)));
                }
            }
        }
    }

    private static void addParagraphs(List<Block> blocks, Section s, Fields fields) {
        for (String p : s.paragraphs()) {
            blocks.add(ProseHeadings.of(fields.resolve(p), s.id()));
        }
    }

    /** An appendix of the kind, or a section the user headed 附：…; printed after the signature, unnumbered. */
    public boolean isAppendix(Section s) {
        return kind.section(s.id()).map(ReportKind.OutlineSection::appendix).orElse(false)
                || s.heading().startsWith(APPENDIX_PREFIX);
    }

    /**
     * The usual opening: the basis documents, who compiled the report, its parts, the statistics
     * window, where it is published and whom to ask. Used while the project has no opening of its own.
     */
    /** The opening the report prints while the project has none of its own (cheap: no figures). */
    public String generatedOpening(Project project) {
        return openingText(project, kind.title(project));
    }

    String openingText(Project project, String title) {
        Institution inst = project.institution();
        StringBuilder sb = new StringBuilder();
        if (!kind.basis().isEmpty()) {
            sb.append("根据").append(String.join("、", kind.basis())).append("等文件要求，");
        }
        sb.append(inst.office().isEmpty() ? inst.name() : inst.office()).append("编制了《").append(title).append("》。");
        StringJoiner parts = new StringJoiner("、");
        for (Section s : project.sections()) {
            parts.add(s.heading().startsWith(APPENDIX_PREFIX) ? s.heading().substring(APPENDIX_PREFIX.length()) : s.heading());
        }
        sb.append("全文包括").append(parts).append("等").append(ChineseNumerals.of(project.sections().size())).append("部分。");
        sb.append("本报告中所列数据的统计期限自").append(kind.window(project.year()).chineseLabel()).append("。");
        if (!inst.website().isEmpty()) {
            sb.append("本报告电子版可在").append(inst.website()).append("查阅。");
        }
        String contact = contactDetails(inst);
        if (!contact.isEmpty()) {
            sb.append("如对本报告有疑问，请与").append(inst.office().isEmpty() ? "学校" : inst.office())
                    .append("联系（").append(contact).append("）。");
        }
        return sb.toString();
    }

    private static String contactDetails(Institution inst) {
        StringJoiner j = new StringJoiner("；");
        if (!inst.address().isEmpty()) {
            j.add("地址：" + inst.address());
        }
        if (!inst.phone().isEmpty()) {
            j.add("电话：" + inst.phone());
        }
        if (!inst.email().isEmpty()) {
            j.add("电子邮箱：" + inst.email());
        }
        return j.toString();
    }

    /** The line above the signature block: "联系单位：…；联系电话：…；电子邮箱：…". */
    private static String contactLine(Institution inst) {
        StringJoiner j = new StringJoiner("；");
        if (!inst.office().isEmpty()) {
            j.add("联系单位：" + inst.office());
        }
        if (!inst.phone().isEmpty()) {
            j.add("联系电话：" + inst.phone());
        }
        if (!inst.email().isEmpty()) {
            j.add("电子邮箱：" + inst.email());
        }
        return j.length() == 0 ? "" : j + "。";
    }
}
