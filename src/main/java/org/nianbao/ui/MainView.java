package org.nianbao.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.Section;

/** The main window's content: steps on the left, the selected section on the right. */
public final class MainView {
    private final BorderPane root = new BorderPane();

    public MainView(MainViewModel vm, UiText text) {
        ListView<Section> steps = new ListView<>(vm.steps());
        steps.setId("steps");
        steps.setPrefWidth(300);
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.stepLabel(item));
            }
        });
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> steps.getSelectionModel().select(now));
        if (vm.selectedProperty().get() != null) {
            steps.getSelectionModel().select(vm.selectedProperty().get());
        }
        Label stepsTitle = new Label(text.get("ui.steps.title"));
        stepsTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(8, stepsTitle, steps);
        VBox.setVgrow(steps, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        Label heading = new Label();
        heading.setId("section-heading");
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(vm.headingProperty());
        TextArea prose = new TextArea();
        prose.setId("section-prose");
        prose.setEditable(false);
        prose.setWrapText(true);
        prose.textProperty().bind(vm.proseProperty());
        VBox centre = new VBox(8, heading, prose);
        VBox.setVgrow(prose, Priority.ALWAYS);
        centre.setPadding(new Insets(12));

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(6, 12, 6, 12));

        root.setLeft(left);
        root.setCenter(centre);
        root.setBottom(status);
        root.getStyleClass().add("nianbao-root");
    }

    public Parent root() {
        return root;
    }
}
