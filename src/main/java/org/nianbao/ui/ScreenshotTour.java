package org.nianbao.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * For the documentation: with {@code -Dnianbao.screenshots=<dir>} the app shows each step of the
 * open project in turn, writes a PNG of the real window for each into {@code dir}, and quits.
 * {@code docs/make-screenshots.sh} runs it under Xvfb.
 */
final class ScreenshotTour {
    static final String PROPERTY = "nianbao.screenshots";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScreenshotTour.class);

    private ScreenshotTour() {
    }

    static void runIfAsked(Scene scene, WizardViewModel vm, Runnable showPreview) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || vm.session() == null) {
            return;
        }
        Path out = Path.of(dir);
        // The smallest common office screen: nothing may be clipped at this size.
        scene.getWindow().setWidth(1366);
        scene.getWindow().setHeight(768);
        List<String[]> shots = new ArrayList<>();
        shots.add(new String[] {"BASICS", "01-basics"});
        shots.add(new String[] {"INTAKE", "02-intake"});
        shots.add(new String[] {"OPENING", "03-opening"});
        vm.steps().stream().filter(s -> s.type() == WizardViewModel.StepType.SECTION).findFirst()
                .ifPresent(s -> shots.add(new String[] {s.key(), "04-section"}));
        vm.steps().stream().filter(s -> s.type() == WizardViewModel.StepType.SECTION
                && WizardViewModel.tablesOf(vm.session().kind(), s.sectionId()).contains("list-items")).findFirst()
                .ifPresent(s -> shots.add(new String[] {s.key(), "05-list-items"}));
        shots.add(new String[] {"CHECKS", "06-checks"});
        shots.add(new String[] {"EXPORT", "07-export"});
        shots.add(new String[] {"PREVIEW", "08-preview"});
        next(scene, vm, showPreview, out, shots, 0);
    }

    private static void next(Scene scene, WizardViewModel vm, Runnable showPreview, Path out, List<String[]> shots, int i) {
        if (i == shots.size()) {
            Platform.exit();
            return;
        }
        String[] shot = shots.get(i);
        if (shot[0].equals("PREVIEW")) {
            vm.select(new org.nianbao.model.Location.Section(vm.session().project().sections().get(1).id()).encode());
            showPreview.run();
        } else {
            vm.select(shot[0]);
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(shot[0].equals("PREVIEW") ? 6 : 2));
        wait.setOnFinished(e -> {
            write(scene.snapshot(null), out.resolve(shot[1] + ".png"));
            next(scene, vm, showPreview, out, shots, i + 1);
        });
        wait.play();
    }

    private static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            LOG.info("Wrote {}", file);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.getMessage());
        }
    }
}
