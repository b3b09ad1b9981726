package org.nianbao.testing;

import java.nio.file.Path;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.workspace.Workspace;

/** Projects for tests, built through the same core the app uses. */
public final class Fixtures {
    public static final String INSTITUTION = "示例职业技术学院";

    private Fixtures() {
    }

    public static Institution institution() {
        return new Institution(INSTITUTION, "党政办公室", "0577-1234 5678", "xxgk@example.edu.cn",
                "浙江省温州市示例路1号", "https://xxgk.example.edu.cn");
    }

    public static Project project(Workspace ws) {
        return ws.newProject("moe-academic-year", AcademicYear.parse("2021-2022"), institution())
                .withProse("overview", "学校建立了信息公开工作制度。\n\n本学年共组织培训2次。")
                .withProse("proactive", "本学年学校官网发布新闻612条，信息公开网发布信息190条。");
    }

    /** The repository's root, for the bundled sample. */
    public static Path repositoryRoot() {
        return Path.of("").toAbsolutePath();
    }
}
