package org.nianbao.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.nianbao.bench.BenchWorkbooks;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * Every kind of Office file Nianbao writes, made the way a secretary makes them: the report DOCX of
 * both report kinds, final and draft, sealed, with its tables, headings and the 清单 appendix; every
 * department's template of both kinds; the consolidated workbook (the command line's
 * {@code consolidate} and the app's "data workbook" export write it with the same class); and the
 * workbooks {@code bench} generates.
 */
public final class OfficeFiles {
    private static final String RECORDS = TemplateLayout.SHEET_RECORDS;
    private static final String APPS = TemplateLayout.SHEET_APPLICATIONS;

    private OfficeFiles() {
    }

    /** A file written, with what it is in the user's words. */
    public record Written(String what, Path file) {
        @Override
        public String toString() {
            return what + " (" + file.getFileName() + ")";
        }
    }

    public static List<Written> writeAll(Path dir) throws Exception {
        List<Written> out = new ArrayList<>();
        Path seal = sealPng(dir.resolve("seal.png"));
        academicYear(dir, seal, out);
        calendarYear(dir, seal, out);
        Path bench = Files.createDirectories(dir.resolve("bench"));
        for (Path f : BenchWorkbooks.generate(Workspace.standard(), bench, 2, 40)) {
            out.add(new Written("bench workbook", f));
        }
        return out;
    }

    /** The bundled sample with a seal, three departments and one department's figures imported. */
    private static void academicYear(Path dir, Path seal, List<Written> out) throws Exception {
        Path project = dir.resolve("moe.nianbao");
        Files.copy(Fixtures.repositoryRoot().resolve("samples/demo.nianbao"), project);
        String p = project.toString();
        ok(CliRun.of("seal", p, "--image", seal.toString()));
        ok(CliRun.of("departments", p, "add", "教务处", "党委宣传部", "财务处"));
        Path templates = dir.resolve("moe-templates");
        ok(CliRun.of("templates", p, "--out", templates.toString()));
        List<Path> made = listXlsx(templates);
        made.forEach(t -> out.add(new Written("moe-academic-year department template", t)));

        Path filled = WorkbookFixtures.fill(templateOf(made, "教务处"), dir.resolve("教务处-已填.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 1), "2021级新生入学须知", "学校官网", "28 专业设置、新增及停招专业", "https://x.edu.cn/1", "")
                .row(RECORDS, 3, LocalDate.of(2022, 3, 1), "学期校历", "信息公开网", "27", "", "")
                .row(APPS, 2, LocalDate.of(2021, 11, 8), "自然人", "询问收费标准", LocalDate.of(2021, 11, 19), "公开", 0, "否", "")
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 612)
                .save();
        CliRun imported = CliRun.of("import", p, filled.toString());
        assertOk(imported.exitCode() == 0, "import", imported);

        Path finalDocx = dir.resolve("moe-final.docx");
        Workspace.standard().open(project).export(null, finalDocx);
        out.add(new Written("moe-academic-year report, final, sealed", finalDocx));
        Path draft = dir.resolve("moe-draft.docx");
        ok(CliRun.of("export", p, "--docx", draft.toString(), "--draft"));
        out.add(new Written("moe-academic-year report, draft, sealed", draft));
        Path consolidated = dir.resolve("moe-汇总.xlsx");
        ok(CliRun.of("consolidate", p, "--out", consolidated.toString()));
        out.add(new Written("moe-academic-year consolidated workbook", consolidated));
    }

    /** A government-form project: Tables 1, 3 and 4 typed in, prose, a seal and two departments. */
    private static void calendarYear(Path dir, Path seal, List<Written> out) throws Exception {
        Path project = dir.resolve("gov.nianbao");
        String p = project.toString();
        ok(CliRun.of("new", "--kind", "gov-2021-calendar-year", "--year", "2021", "--institution", "示例市职业技术学院",
                "--office", "党政办公室", "--phone", "0577-1234 5678", "--out", p));
        Path overview = dir.resolve("overview.txt");
        Files.writeString(overview, "本年度学校认真贯彻落实政府信息公开条例。\n\n（一）主动公开\n\n学校官网发布信息190条。\n\n1.制度建设\n\n修订了信息公开工作制度。");
        ok(CliRun.of("prose", p, "--section", "overview", "--from", overview.toString()));
        for (String row : List.of("1", "3.1", "3.7")) {
            ok(CliRun.of("tables", p, "set", "3", row, "natural", "2"));
        }
        ok(CliRun.of("seal", p, "--image", seal.toString()));
        ok(CliRun.of("departments", p, "add", "教务处", "财务处"));
        Path templates = dir.resolve("gov-templates");
        ok(CliRun.of("templates", p, "--out", templates.toString()));
        List<Path> made = listXlsx(templates);
        made.forEach(t -> out.add(new Written("gov-2021-calendar-year department template", t)));

        Path filled = WorkbookFixtures.fill(templateOf(made, "财务处"), dir.resolve("财务处-已填.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 3, 1), "年度预算公开", "学校官网", "", "", "")
                .save();
        CliRun imported = CliRun.of("import", p, filled.toString());
        assertOk(imported.exitCode() == 0, "import", imported);

        ProjectSession session = Workspace.standard().open(project);
        Path finalDocx = dir.resolve("gov-final.docx");
        session.export(null, finalDocx);
        out.add(new Written("gov-2021-calendar-year report, final, sealed", finalDocx));
        Path draft = dir.resolve("gov-draft.docx");
        ok(CliRun.of("export", p, "--docx", draft.toString(), "--draft"));
        out.add(new Written("gov-2021-calendar-year report, draft, sealed", draft));
        Path consolidated = dir.resolve("gov-汇总.xlsx");
        ok(CliRun.of("consolidate", p, "--out", consolidated.toString()));
        out.add(new Written("gov-2021-calendar-year consolidated workbook", consolidated));
    }

    private static List<Path> listXlsx(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            if (xlsx.isEmpty()) {
                throw new IllegalStateException("no templates written to " + folder);
            }
            return xlsx;
        }
    }

    private static Path templateOf(List<Path> templates, String department) {
        return templates.stream().filter(t -> t.getFileName().toString().endsWith("-" + department + ".xlsx"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no template for " + department + " in " + templates));
    }

    private static void ok(CliRun run) {
        assertOk(run.exitCode() == 0, "command", run);
    }

    private static void assertOk(boolean ok, String what, CliRun run) {
        if (!ok) {
            throw new IllegalStateException(what + " failed with exit " + run.exitCode() + ": " + run.err() + run.out());
        }
    }

    /** A red ring on a transparent ground, as a seal PNG is. */
    private static Path sealPng(Path file) throws IOException {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(220, 0, 0, 210));
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, 280, 280);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
