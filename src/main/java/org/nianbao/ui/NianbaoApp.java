package org.nianbao.ui;

import atlantafx.base.theme.PrimerLight;
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

/**
 * The desktop app. Opens the project named on the command line, else the most recent one, else
 * the bundled sample ({@code -Dnianbao.sample}, or {@code samples/demo.nianbao} when run from the
 * source tree).
 */
public final class NianbaoApp extends Application {
    static final Path SAMPLE = Path.of("samples", "demo.nianbao");

    @Override
    public void start(Stage stage) {
        Workspace workspace = Workspace.standard();
        Path stateFile = workspace.home().resolve("app-state.json");
        UiState state = UiState.load(stateFile);
        String lang = System.getProperty("nianbao.lang", state.lang.isEmpty() ? "zh" : state.lang);
        Background background = Background.forApp();
        Window window = show(stage, UiText.forLanguage(lang), workspace, background, state, stateFile);
        stage.setWidth(state.width);
        stage.setHeight(state.height);
        stage.setMaximized(state.maximized);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        Path project = projectToOpen(getParameters().getRaw(), state, workspace.home());
        LaunchTiming.shown();
        if (project != null) {
            window.view().openFile(project, () -> {
                window.vm().select(state.step);
                ScreenshotTour.runIfAsked(window.scene(), window.vm(), window.view()::showPreview);
            });
        }
    }

    /** Builds the window in a language and puts it on the stage; a language switch rebuilds it around the open project. */
    private Window show(Stage stage, UiText text, Workspace workspace, Background background, UiState state, Path stateFile) {
        Window window = createWindow(text, workspace, background, new FxDialogs(text), state,
                () -> state.save(stateFile), folder -> getHostServices().showDocument(folder.toUri().toString()));
        stage.titleProperty().bind(window.vm().windowTitleProperty());
        stage.setScene(window.scene());
        stage.setOnCloseRequest(e -> {
            if (!window.view().settleUnsaved()) {
                e.consume();
                return;
            }
            window.vm().close();
            state.maximized = stage.isMaximized();
            if (!stage.isMaximized()) {
                state.width = stage.getWidth();
                state.height = stage.getHeight();
            }
            state.save(stateFile);
        });
        window.view().onLanguage(lang -> {
            String step = window.vm().selectedProperty().get() == null ? "" : window.vm().selectedProperty().get().key();
            Window again = show(stage, UiText.forLanguage(lang), workspace, background, state, stateFile);
            if (window.vm().session() != null) {
                again.vm().show(window.vm().session());
                again.vm().select(step);
            }
        });
        return window;
    }

    /**
     * The command-line project, else the most recent that still exists, else a copy of the bundled
     * sample in the user's folder (the installed sample is read-only, and the original stays as shipped).
     */
    static Path projectToOpen(List<String> args, UiState state, Path home) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        for (String recent : state.recent) {
            if (Files.isRegularFile(Path.of(recent))) {
                return Path.of(recent);
            }
        }
        Path sample = Path.of(System.getProperty("nianbao.sample", SAMPLE.toString()));
        Path copy = home.resolve("samples").resolve(SAMPLE.getFileName());
        try {
            if (!Files.isRegularFile(copy)) {
                Files.createDirectories(copy.getParent());
                if (Files.isRegularFile(sample)) {
                    Files.copy(sample, copy);
                } else {
                    // Started from anywhere else (a jar in Downloads, a desktop icon): the copy the jar carries.
                    try (InputStream in = NianbaoApp.class.getResourceAsStream(BUNDLED_SAMPLE)) {
                        if (in == null) {
                            return null;
                        }
                        Files.copy(in, copy);
                    }
                }
            }
            return copy;
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(NianbaoApp.class).warn("Could not copy the sample to {}: {}", copy, e.getMessage());
            return Files.isRegularFile(sample) ? sample : null;
        }
    }

    /** The sample inside the jar (see the pom's resources). */
    static final String BUNDLED_SAMPLE = "/org/nianbao/samples/demo.nianbao";

    /** The window's parts, for the stage and for tests. */
    record Window(Scene scene, WizardViewModel vm, WizardView view) {
    }

    /** Builds the window's scene; tests pass their own background, dialogs and state. */
    static Window createWindow(UiText text, Workspace workspace, Background background, Dialogs dialogs, UiState state,
            Runnable stateChanged, java.util.function.Consumer<Path> openFolder) {
        loadBundledFont();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WizardViewModel vm = new WizardViewModel(text, workspace, background);
        WizardView view = new WizardView(vm, dialogs, state, stateChanged, openFolder);
        Scene scene = new Scene(view.root(), 1280, 760);
        scene.getStylesheets().add(NianbaoApp.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        return new Window(scene, vm, view);
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
        try (InputStream in = BundledFont.SANS_BOLD.open()) {
            Font.loadFont(in, 14);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
