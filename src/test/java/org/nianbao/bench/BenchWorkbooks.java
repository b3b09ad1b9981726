package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.workspace.Workspace;

/** The workbooks {@code bench} writes, made small for tests outside this package. */
public final class BenchWorkbooks {
    private BenchWorkbooks() {
    }

    public static List<Path> generate(Workspace workspace, Path dir, int files, long rows) throws IOException {
        Project project = workspace.newProject("moe-academic-year", AcademicYear.parse("2021-2022"), Institution.named("基准测试学院"));
        return IntakeBench.generate(project, workspace.kind(project.kindId()), dir, files, rows);
    }
}
