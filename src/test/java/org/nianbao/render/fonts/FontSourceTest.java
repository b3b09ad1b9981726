package org.nianbao.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.Document;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.platform.UserFolders;
import org.nianbao.render.pdf.PdfRenderer;
import org.nianbao.testing.Extract;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/** The institution's installed office fonts are used when present; damaged ones fall back to the bundled fonts. */
class FontSourceTest {
    @TempDir
    Path dir;

    @Test
    void anInstalled仿宋IsEmbeddedForBodyTextAndADamaged黑体FallsBack() throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("Fonts").resolve("chinese"));
        // Stand-ins: a real TrueType font under the file name Windows gives 仿宋, and garbage as 黑体.
        try (var in = BundledFont.SANS_REGULAR.open()) {
            Files.copy(in, fonts.resolve("SIMFANG.TTF"));
        }
        Files.writeString(fonts.resolve("simhei.ttf"), "not a font");

        FontSource source = FontSource.discover(List.of(dir.resolve("Fonts"), dir.resolve("missing")));
        assertThat(source.installed(FontRole.BODY)).contains(fonts.resolve("SIMFANG.TTF"));
        assertThat(source.installed(FontRole.HEADING1)).contains(fonts.resolve("simhei.ttf"));
        assertThat(source.installed(FontRole.TITLE)).isEmpty();

        ProjectSession session = Workspace.standard().open(Path.of("samples", "demo.nianbao"));
        Document document = new DocumentComposer(session.kind()).compose(session.project(), LocalDate.of(2022, 10, 28));
        Path pdf = dir.resolve("r.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer(source).render(document, out);
        }
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    String name = page.getResources().getFont(n).getName();
                    names.add(name.substring(name.indexOf('+') + 1));
                }
            }
        }
        assertThat(names).contains("NotoSansSC-Regular", "NotoSansSC-Bold", "NotoSerifSC-Black", "NianbaoKai-Regular");
        // Body text in the installed 仿宋; the page numbers stay 宋体 (GB/T 9704 §7.5), here the bundled serif.
        assertThat(Extract.pdfFontsOf(pdf, "学校继续把信息公开")).containsOnly("NotoSansSC-Regular");
        assertThat(Extract.pdfFontsOf(pdf, "— 1 —")).containsOnly("NotoSerifSC-Regular");
        assertThat(Extract.pdfTextJoined(pdf)).contains("东瓯职业技术学院");
    }

    @Test
    void onAWindowsOfficePcTheFontsInCWindowsFontsAndThoseInstalledForOneUserAreFound() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            UserFolders folders = UserFolders.of("Windows 10", Map.of("WINDIR", "C:\\Windows",
                    "LOCALAPPDATA", "C:\\Users\\张三\\AppData\\Local"), fs.getPath("C:\\Users\\张三"));
            Path windows = Files.createDirectories(fs.getPath("C:\\Windows\\Fonts"));
            // As Windows names them: 仿宋/黑体/楷体 ship with it (file names in either case);
            // 方正小标宋简体 is installed by the office, here by double-click, for the current user only.
            Files.writeString(windows.resolve("simfang.ttf"), "stand-in");
            Files.writeString(windows.resolve("SIMHEI.TTF"), "stand-in");
            Files.writeString(windows.resolve("simkai.ttf"), "stand-in");
            Files.writeString(windows.resolve("times.ttf"), "stand-in");
            Path own = Files.createDirectories(fs.getPath("C:\\Users\\张三\\AppData\\Local\\Microsoft\\Windows\\Fonts"));
            Files.writeString(own.resolve("方正小标宋简体.ttf"), "stand-in");

            FontSource source = FontSource.discover(folders.fonts());
            assertThat(source.installed(FontRole.BODY)).contains(windows.resolve("simfang.ttf"));
            assertThat(source.installed(FontRole.HEADING1)).contains(windows.resolve("SIMHEI.TTF"));
            assertThat(source.installed(FontRole.HEADING2)).contains(windows.resolve("simkai.ttf"));
            assertThat(source.installed(FontRole.TITLE)).contains(own.resolve("方正小标宋简体.ttf"));
            assertThat(source.installed(FontRole.LATIN)).contains(windows.resolve("times.ttf"));
            assertThat(source.installed(FontRole.TITLE).orElseThrow()).hasToString(
                    "C:\\Users\\张三\\AppData\\Local\\Microsoft\\Windows\\Fonts\\方正小标宋简体.ttf");
        }
    }

    @Test
    void withoutInstalledFontsEverythingComesFromTheBundle() {
        FontSource source = FontSource.discover(List.of(dir));
        for (FontRole role : FontRole.values()) {
            assertThat(source.installed(role)).isEmpty();
        }
    }
}
