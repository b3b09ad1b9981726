package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.stats.Figures;
import org.nianbao.testing.SampleSeason;
import org.nianbao.testing.Workbooks;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * The sample is a whole season: its departments' workbooks under {@code samples/submissions/} are the
 * ones the generator writes, and the sample project holds exactly those files, imported.
 */
class SampleSeasonTest {
    private static final Path KEPT = Path.of("samples", "submissions");

    @TempDir
    Path dir;

    @Test
    void theKeptWorkbooksAreTheOnesTheGeneratorWrites() throws Exception {
        List<Path> fresh = SampleSeason.write(dir);
        assertThat(fresh).hasSize(10);
        try (var kept = Files.list(KEPT)) {
            assertThat(kept.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted())
                    .containsExactlyElementsOf(fresh.stream().map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (Path p : fresh) {
            assertThat(cells(KEPT.resolve(p.getFileName().toString()))).as(p.getFileName().toString()).isEqualTo(cells(p));
        }
    }

    @Test
    void theSampleHoldsEveryDepartmentsKeptWorkbookWithItsProblemAccepted() throws Exception {
        ProjectSession s = Workspace.standard().open(Path.of("samples", "demo.nianbao"));
        Map<String, DepartmentSubmission> byDepartment = s.project().submissions().stream()
                .collect(Collectors.toMap(DepartmentSubmission::department, Function.identity()));
        assertThat(byDepartment.keySet()).containsExactlyInAnyOrderElementsOf(SampleSeason.departments());
        for (String d : SampleSeason.departments()) {
            DepartmentSubmission sub = byDepartment.get(d);
            assertThat(sub.file()).isEqualTo(SampleSeason.fileOf(d));
            assertThat(sub.sha256()).as(d).isEqualTo(sha256(KEPT.resolve(sub.file())));
        }
        Figures f = Figures.of(s.project());
        assertThat(f.records()).isEqualTo(207);
        assertThat(f.recordsOnChannel("disclosure-site")).isEqualTo(190);
        assertThat(f.applicationsNew()).isEqualTo(3);
        List<Finding> errors = s.check().stream().filter(x -> x.severity() == Finding.Severity.ERROR).toList();
        assertThat(errors).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("intake.date.outsideWindow");
            assertThat(x.location()).isEqualTo("record:教务处.xlsx/主动公开/" + SampleSeason.LATE_ROW);
        });
        assertThat(s.project().overrides()).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("2022-2023学年"));
    }

    /** Every non-empty cell of every sheet as "sheet!row:col=text". */
    private static List<String> cells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = Workbooks.open(in)) {
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        String text = fmt.formatCellValue(c);
                        if (!text.isEmpty()) {
                            out.add(sheet.getSheetName() + "!" + r.getRowNum() + ":" + c.getColumnIndex() + "=" + text);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
