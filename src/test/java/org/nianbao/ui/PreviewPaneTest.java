package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKinds;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live preview after an edit (issue 14): the page the secretary is looking at is drawn again first
 * and shows what she typed; the other pages follow, and every page ends up drawn.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    @TempDir
    static Path dir;

    private NianbaoApp.Window window;
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = new Workspace(ReportKinds.builtIn(), new ProjectStore(), java.time.Clock.systemDefaultZone(), dir.resolve("home"));
        window = NianbaoApp.createWindow(UiText.forLanguage("zh"), ws, Background.forApp(), new ScriptedDialogs(), new UiState(),
                () -> { }, folder -> { });
        stage.setScene(window.scene());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Image> images() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.view().preview().images()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean allDrawn() {
        List<Image> now = images();
        return now.size() > 1 && now.stream().allMatch(i -> i != null);
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    @Test
    void afterAnEditThePageInViewIsDrawnFirstAndEveryPageFollowsWithTheNewText(FxRobot robot) throws Exception {
        Path file = dir.resolve("预览.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        WaitForAsyncUtils.asyncFx(() -> window.view().openFile(file));
        waitFor(() -> window.vm().session() != null && window.vm().session().file().equals(file));
        robot.interact(() -> window.view().showPreview());
        waitFor(this::allDrawn);
        List<Image> before = images();

        // Looking at the last page, she types into the first section: the last page is drawn again first, then the others.
        ScrollPane pane = robot.lookup("#preview").queryAs(ScrollPane.class);
        robot.interact(() -> {
            pane.layout();
            pane.setVvalue(1.0);
            pane.layout();
        });
        VBox pages = (VBox) robot.lookup(".preview-pages").query();
        List<Integer> order = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < pages.getChildren().size(); i++) {
                int index = i;
                ((ImageView) pages.getChildren().get(i)).imageProperty().addListener((obs, old, now) -> order.add(index));
            }
        });
        String first = window.vm().session().project().sections().get(0).id();
        robot.interact(() -> window.vm().edit(p -> p.withProse(first, p.section(first).orElseThrow().prose()
                + "\n\n预览里看得见的这一段是新写的，足够长，占满几行文字。".repeat(3))));
        waitFor(() -> order.size() >= before.size());

        int lastPage = before.size() - 1;
        assertThat(order.get(0)).as("the page in view is drawn first").isEqualTo(lastPage);
        assertThat(order).containsAll(java.util.stream.IntStream.range(0, before.size()).boxed().toList());
        waitFor(this::allDrawn);
        List<Image> after = images();
        assertThat(pixels(after.get(0))).as("the first page shows what was typed").isNotEqualTo(pixels(before.get(0)));
    }
}
