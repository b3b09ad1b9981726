package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** A cell typed as 0 stays 0 through the project file and is printed 0; a cell left empty is printed empty. */
class FormTablesTest {
    @TempDir
    Path dir;

    @Test
    void zeroAndEmptyStayDistinctFromTheProjectFileToThePrintedForm() throws Exception {
        Workspace ws = Workspace.standard();
        ReportKind kind = ws.kind("gov-2021-calendar-year");
        Project p = ws.newProject(kind.id(), AcademicYear.parse("2021-2022"), Fixtures.institution())
                .withTableEntry("3", "1", "natural", BigDecimal.ZERO);
        Path file = dir.resolve("r.nianbao");
        ProjectStore store = new ProjectStore();
        store.save(file, p);
        Project back = store.readProject(file);
        assertThat(back.tables().value("3", "1", "natural")).contains(BigDecimal.ZERO);
        assertThat(back.tables().value("3", "1", "business")).isEmpty();

        Block.Table printed = FormTables.of(kind.formTable("3").orElseThrow(), back.tables());
        List<Block.Table.Cell> received = printed.rows().stream()
                .filter(r -> r.get(0).text().equals("一、本年新收政府信息公开申请数量")).findFirst().orElseThrow();
        assertThat(received.get(1).text()).isEqualTo("0");
        assertThat(received.get(2).text()).isEmpty();
    }
}
