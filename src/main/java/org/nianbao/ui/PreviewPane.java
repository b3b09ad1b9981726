package org.nianbao.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
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
 * off the app's thread on a thread of its own shortly after edits stop, so typing is never blocked.
 * After an edit the pages in view are drawn first and shown at once; the others follow one by one,
 * their previous images staying until then. A newer edit stops an older drawing between pages.
 */
final class PreviewPane {
    static final long REFRESH_MS = 1200;
    private static final float DPI = 56;
    private final WizardViewModel vm;
    private final VBox pages = new VBox(12);
    private final Label state = new Label();
    private final ScrollPane root;
    private boolean active;
    /** The newest drawing asked for; an older one stops at its next page. Read by the preview's thread. */
    private final AtomicInteger run = new AtomicInteger();
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

    /** For the bench probe: told on the app's thread when the pages in view are drawn, with when that refresh began (System.nanoTime). */
    void onDrawn(java.util.function.LongConsumer listener) {
        drawn = listener;
    }

    /** Shown or hidden; a shown preview draws at once and then after every pause in editing. */
    void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        } else {
            run.incrementAndGet();
        }
    }

    /** The pages drawn now, in order (for tests: an image per page, null for one not drawn yet). */
    List<Image> images() {
        return pages.getChildren().stream().map(n -> ((ImageView) n).getImage()).toList();
    }

    void refresh() {
        ProjectSession s = vm.session();
        if (s == null || !active) {
            return;
        }
        state.setText(vm.text().get("ui.preview.updating"));
        long began = System.nanoTime();
        StoredProject snapshot = s.snapshot();
        int mine = run.incrementAndGet();
        List<Integer> inView = inView();
        vm.background().preview(() -> {
            try {
                draw(s, s.compose(snapshot), inView, () -> run.get() != mine, new Pages() {
                    @Override
                    public void count(int total) {
                        vm.background().onApp(() -> {
                            if (run.get() == mine) {
                                resize(total);
                            }
                        });
                    }

                    @Override
                    public void page(int index, WritableImage image) {
                        vm.background().onApp(() -> {
                            if (run.get() == mine && index < pages.getChildren().size()) {
                                ((ImageView) pages.getChildren().get(index)).setImage(image);
                            }
                        });
                    }

                    @Override
                    public void inViewDrawn(int total) {
                        vm.background().onApp(() -> {
                            if (run.get() == mine) {
                                state.setText(vm.text().get("ui.preview.pages", total));
                                drawn.accept(began);
                            }
                        });
                    }
                });
            } catch (Exception e) {
                vm.background().onApp(() -> state.setText(vm.text().get("ui.preview.failed", vm.message(e))));
            }
        });
    }

    /** One view per page: pages added keep no image until drawn, pages gone are removed. */
    private void resize(int total) {
        List<Node> views = pages.getChildren();
        while (views.size() > total) {
            views.remove(views.size() - 1);
        }
        while (views.size() < total) {
            ImageView view = new ImageView();
            view.getStyleClass().add("preview-page");
            views.add(view);
        }
    }

    /** The pages the scroll pane shows now (at least the first page when nothing is drawn yet). */
    private List<Integer> inView() {
        List<Integer> shown = new ArrayList<>();
        Bounds viewport = root.localToScene(root.getLayoutBounds());
        List<Node> views = pages.getChildren();
        for (int i = 0; i < views.size(); i++) {
            Node view = views.get(i);
            if (viewport != null && view.localToScene(view.getLayoutBounds()).intersects(viewport)) {
                shown.add(i);
            }
        }
        if (shown.isEmpty()) {
            shown.add(0);
        }
        return shown;
    }

    /** Where {@link #draw} hands what it made, from the preview's thread. */
    interface Pages {
        void count(int total);

        void page(int index, WritableImage image);

        /** The pages asked for first are all handed over (or the document has fewer pages). */
        void inViewDrawn(int total);
    }

    /**
     * Renders the PDF in memory and draws its pages, the ones in {@code first} before the others,
     * stopping between pages once {@code stale} says a newer drawing was asked for.
     */
    static void draw(ProjectSession session, Document document, List<Integer> first, BooleanSupplier stale, Pages out)
            throws Exception {
        if (stale.getAsBoolean()) {
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        session.renderPreview(document, pdf);
        if (stale.getAsBoolean()) {
            return;
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int total = doc.getNumberOfPages();
            out.count(total);
            List<Integer> order = new ArrayList<>();
            first.stream().filter(i -> i < total).forEach(order::add);
            if (order.isEmpty() && total > 0) {
                order.add(total - 1);
            }
            int inView = order.size();
            for (int i = 0; i < total; i++) {
                if (!order.contains(i)) {
                    order.add(i);
                }
            }
            for (int k = 0; k < order.size(); k++) {
                if (stale.getAsBoolean()) {
                    return;
                }
                out.page(order.get(k), toFx(renderer.renderImageWithDPI(order.get(k), DPI)));
                if (k == inView - 1) {
                    out.inViewDrawn(total);
                }
            }
            if (total == 0) {
                out.inViewDrawn(0);
            }
        }
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
