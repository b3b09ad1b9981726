package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Starts the real window headless (Monocle) and clicks through the outline. */
@ExtendWith(ApplicationExtension.class)
class NianbaoAppTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.standard();
        Path file = dir.resolve("示例.nianbao");
        ws.create(file, Fixtures.project(ws), true);
        Scene scene = NianbaoApp.createScene(UiText.forLanguage("zh"), ws, file);
        stage.titleProperty().bind(((MainViewModel) scene.getUserData()).windowTitleProperty());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void windowShowsTheOutlineAndTheSelectedSection(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#steps").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("年报 Nianbao — 示例");
        ListView<?> steps = robot.lookup("#steps").queryAs(ListView.class);
        assertThat(steps.getItems()).hasSize(8);
        assertThat(robot.lookup("#section-heading").queryAs(Label.class).getText()).isEqualTo("一、概述");
        assertThat(robot.lookup("#section-prose").queryAs(TextArea.class).getText()).contains("信息公开工作制度");

        robot.clickOn("二、主动公开情况");
        assertThat(robot.lookup("#section-heading").queryAs(Label.class).getText()).isEqualTo("二、主动公开情况");
        assertThat(robot.lookup("#section-prose").queryAs(TextArea.class).getText()).contains("官网发布新闻612条");
    }

    @Test
    void bundledChineseFontIsLoaded() {
        assertThat(javafx.scene.text.Font.getFamilies()).contains("Noto Sans SC");
    }
}
