package org.nianbao.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.compose.Document;
import org.nianbao.store.StoredProject;
import org.nianbao.workspace.ProjectSession;

/**
 * The live preview: the real PDF of the report as it stands, drawn page by page (PDFBox), made
 * off the app's thread shortly after edits stop, so typing is never blocked.
 */
final class PreviewPane {
    static final long REFRESH_MS = 1200;
    private static final float DPI = 56;
    private final WizardViewModel vm;
    private final VBox pages = new VBox(12);
    private final Label state = new Label();
    private final ScrollPane root;
    private boolean active;
    private int run;
    private java.util.function.LongConsumer drawn = began -> { };

    PreviewPane(WizardViewModel vm) {
        this.vm = vm;
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(10));
        pages.getStyleClass().add("preview-pages");
        state.getStyleClass().add("hint");
        VBox box = new VBox(6, state, pages);
        box.setPadding(new Insets(6));
        root = new ScrollPane(box);
        root.setId("preview");
        root.setFitToWidth(true);
        root.setPrefWidth(420);
        root.setMinWidth(MIN_WIDTH);
        vm.revisionProperty().addListener((obs, old, now) -> {
            if (active) {
                vm.background().debounce("preview", REFRESH_MS, this::refresh);
            }
        });
    }

    static final double MIN_WIDTH = 280;

    Node node() {
        return root;
    }

    /** For the bench probe: told on the app's thread when pages are drawn, with when that refresh began (System.nanoTime). */
    void onDrawn(java.util.function.LongConsumer listener) {
        drawn = listener;
    }

    /** Shown or hidden; a shown preview draws at once and then after every pause in editing. */
    void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        }
    }

    void refresh() {
        ProjectSession s = vm.session();
        if (s == null || !active) {
            return;
        }
        state.setText(vm.text().get("ui.preview.updating"));
        long began = System.nanoTime();
        StoredProject snapshot = s.snapshot();
        int mine = ++run;
        vm.background().run(() -> draw(s, s.compose(snapshot)), images -> {
            if (mine != run) {
                return;
            }
            List<Node> views = new ArrayList<>();
            for (WritableImage image : images) {
                ImageView view = new ImageView(image);
                view.getStyleClass().add("preview-page");
                views.add(view);
            }
            pages.getChildren().setAll(views);
            state.setText(vm.text().get("ui.preview.pages", images.size()));
            drawn.accept(began);
        }, error -> state.setText(vm.text().get("ui.preview.failed", vm.message(error))));
    }

    /** Renders the PDF in memory and draws each page; runs on the worker. */
    static List<WritableImage> draw(ProjectSession session, Document document) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        session.renderPdf(document, pdf);
        List<WritableImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(toFx(renderer.renderImageWithDPI(i, DPI)));
            }
        }
        return out;
    }

    private static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
