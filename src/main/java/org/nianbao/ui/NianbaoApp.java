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
        javafx.geometry.Rectangle2D workArea = javafx.stage.Screen.getPrimary().getVisualBounds();
        Placement place = placement(state, workArea);
        stage.setMinWidth(Math.min(MIN_WIDTH, workArea.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, workArea.getHeight()));
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.centerOnScreen();
        stage.setMaximized(place.maximized());
        // The size a person gave the window is kept whenever it changes (not only on a clean close).
        stage.widthProperty().addListener((obs, old, now) -> remember(stage, state));
        stage.heightProperty().addListener((obs, old, now) -> remember(stage, state));
        stage.maximizedProperty().addListener((obs, old, now) -> state.maximized = now);
        stage.show();
        Path project = projectToOpen(getParameters().getRaw(), state, workspace.home());
        LaunchTiming.shown(project != null);
        if (project != null) {
            long openAsked = System.nanoTime();
            openAtLastStep(window, project, state, () -> {
                LaunchTiming.opened(window, openAsked);
                ScreenshotTour.runIfAsked(window.scene(), window.vm(), window.view()::showPreview);
            });
        }
    }

    /** Opens the project at the step open when the app last closed; {@code then} runs once it shows. */
    static void openAtLastStep(Window window, Path project, UiState state, Runnable then) {
        // Read first: showing the project selects its first step, and the selected step is what gets remembered.
        String lastStep = state.step;
        window.view().openFile(project, () -> {
            window.vm().select(lastStep);
            then.run();
        });
    }

    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 640;

    private static void remember(Stage stage, UiState state) {
        if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
            state.width = stage.getWidth();
            state.height = stage.getHeight();
        }
    }

    /** The window's size and state on start. */
    record Placement(double width, double height, boolean maximized) {
    }

    /**
     * The remembered size (never larger than the screen's work area) and maximized state; on a first
     * start a small screen (up to 1440×900, the office PCs' 1366×768 among them) is filled, a larger one
     * gets 1280×800.
     */
    static Placement placement(UiState state, javafx.geometry.Rectangle2D workArea) {
        boolean remembered = state.width > 0 && state.height > 0;
        if (!remembered) {
            boolean small = workArea.getWidth() <= 1440 || workArea.getHeight() <= 900;
            return small ? new Placement(workArea.getWidth(), workArea.getHeight(), true)
                    : new Placement(1280, 800, false);
        }
        return new Placement(Math.min(state.width, workArea.getWidth()), Math.min(state.height, workArea.getHeight()),
                state.maximized);
    }

    /** Builds the window in a language and puts it on the stage; a language switch rebuilds it around the open project. */
    private Window show(Stage stage, UiText text, Workspace workspace, Background background, UiState state, Path stateFile) {
        Window window = createWindow(text, workspace, background, new FxDialogs(text), state,
                () -> state.save(stateFile), folder -> getHostServices().showDocument(folder.toUri().toString()), stage.getScene());
        stage.titleProperty().bind(window.vm().windowTitleProperty());
        if (stage.getScene() != window.scene()) {
            stage.setScene(window.scene());
        }
        stage.setOnCloseRequest(e -> {
            if (!window.view().settleUnsaved()) {
                e.consume();
                return;
            }
            window.vm().close();
            state.maximized = stage.isMaximized();
            remember(stage, state);
            state.save(stateFile);
        });
        window.view().onLanguage(lang -> carryOver(window, show(stage, UiText.forLanguage(lang), workspace, background, state,
                stateFile)));
        return window;
    }

    /** After a language switch: the new window shows the project and the step the old one had. */
    static void carryOver(Window from, Window to) {
        String step = from.vm().selectedProperty().get() == null ? "" : from.vm().selectedProperty().get().key();
        if (from.vm().session() != null) {
            to.vm().show(from.vm().session());
            to.vm().select(step);
        }
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
        return createWindow(text, workspace, background, dialogs, state, stateChanged, openFolder, null);
    }

    /**
     * Builds the window; with {@code existing} (a language switch) the new content replaces the old in the
     * same scene, so it fills the stage in every window state (maximized included) and no old control stays.
     */
    static Window createWindow(UiText text, Workspace workspace, Background background, Dialogs dialogs, UiState state,
            Runnable stateChanged, java.util.function.Consumer<Path> openFolder, Scene existing) {
        loadBundledFont();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WizardViewModel vm = new WizardViewModel(text, workspace, background);
        WizardView view = new WizardView(vm, dialogs, state, stateChanged, openFolder);
        Scene scene;
        if (existing != null) {
            existing.setRoot(view.root());
            scene = existing;
        } else {
            scene = new Scene(view.root(), 1280, 760);
            scene.getStylesheets().add(NianbaoApp.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        }
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
