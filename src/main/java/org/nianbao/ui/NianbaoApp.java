package org.nianbao.ui;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.nianbao.render.fonts.BundledFont;
import org.nianbao.workspace.Workspace;

/** The desktop app. Opens the project named on the command line, else the bundled sample if present. */
public final class NianbaoApp extends Application {
    static final Path SAMPLE = Path.of("samples", "demo.nianbao");

    @Override
    public void start(Stage stage) {
        UiText text = UiText.fromSystem();
        Scene scene = createScene(text, Workspace.standard(), projectToOpen(getParameters().getRaw()));
        stage.titleProperty().bind(((MainViewModel) scene.getUserData()).windowTitleProperty());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();
    }

    static Path projectToOpen(List<String> args) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        return Files.isRegularFile(SAMPLE) ? SAMPLE : null;
    }

    /** Builds the window's scene; the view model is kept as the scene's user data for the stage title. */
    static Scene createScene(UiText text, Workspace workspace, Path project) {
        loadBundledFont();
        MainViewModel vm = new MainViewModel(text);
        if (project != null) {
            vm.open(workspace, project);
        }
        Scene scene = new Scene(new MainView(vm, text).root(), 1100, 720);
        scene.getStylesheets().add(NianbaoApp.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        scene.setUserData(vm);
        return scene;
    }

    /**
     * JavaFX on Linux shows boxes for Chinese unless a CJK font is loaded and named in the CSS
     * (its fallback list stops short of Noto CJK), so the bundled sans is always loaded.
     */
    static void loadBundledFont() {
        try (InputStream in = BundledFont.SANS_REGULAR.open()) {
            Font.loadFont(in, 14);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
