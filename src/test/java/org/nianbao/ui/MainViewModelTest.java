package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** The main window's state, without a window. */
class MainViewModelTest {
    @TempDir
    Path dir;
    private final Workspace ws = Workspace.standard();

    @Test
    void openingAProjectListsItsSectionsAndShowsTheFirst() throws Exception {
        Path file = dir.resolve("学院年报.nianbao");
        ws.create(file, Fixtures.project(ws), false);
        MainViewModel vm = new MainViewModel(UiText.forLanguage("zh"));

        assertThat(vm.open(ws, file)).isTrue();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("年报 Nianbao — 学院年报");
        assertThat(vm.steps()).hasSize(8);
        assertThat(vm.headingProperty().get()).isEqualTo("一、概述");
        assertThat(vm.proseProperty().get()).contains("学校建立了信息公开工作制度。");
        assertThat(vm.statusProperty().get()).contains("2021年9月1日至2022年8月31日");

        vm.selectedProperty().set(vm.steps().get(7));
        assertThat(vm.headingProperty().get()).isEqualTo("附：清单事项公开情况表");
        assertThat(vm.proseProperty().get()).isEqualTo("（本章节尚未填写）");
        vm.selectedProperty().set(vm.steps().get(6));
        assertThat(vm.headingProperty().get()).isEqualTo("七、其他需要报告的事项");
    }

    @Test
    void aCorruptFileGivesAChineseReasonAndNoProject() throws Exception {
        Path file = dir.resolve("坏.nianbao");
        Files.writeString(file, "not a zip");
        MainViewModel vm = new MainViewModel(UiText.forLanguage("zh"));

        assertThat(vm.open(ws, file)).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("无法打开项目：").contains("已损坏");
        assertThat(vm.steps()).isEmpty();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("年报 Nianbao");
    }

    @Test
    void englishBundleIsSelectable() throws Exception {
        Path file = dir.resolve("r.nianbao");
        ws.create(file, Fixtures.project(ws), false);
        MainViewModel vm = new MainViewModel(UiText.forLanguage("en"));
        vm.open(ws, file);
        assertThat(vm.statusProperty().get()).contains("Statistics window");
    }
}
