package org.nianbao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.model.ChineseNumerals;
import org.nianbao.model.Section;
import org.nianbao.store.ProjectFileException;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * State of the main window, without any control: the open project, its steps (the outline's
 * sections), the selected step's heading and prose, and the window title. Unit-tested without a window.
 */
public final class MainViewModel {
    private final UiText text;
    private final ObservableList<Section> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prose = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ProjectSession session;

    public MainViewModel(UiText text) {
        this.text = text;
        windowTitle.set(text.get("ui.window.titleEmpty"));
        status.set(text.get("ui.status.noProject"));
        selected.addListener((obs, old, now) -> {
            heading.set(now == null ? "" : stepLabel(now));
            prose.set(now == null ? "" : now.prose().isEmpty() ? text.get("ui.section.empty") : now.prose());
        });
    }

    /** Opens a project file; on failure the message says why in the user's language and nothing changes. */
    public boolean open(Workspace workspace, java.nio.file.Path file) {
        try {
            show(workspace.open(file));
            return true;
        } catch (ProjectFileException e) {
            status.set(text.get("ui.error.open", text.core().get(e.key(), e.args())));
            return false;
        } catch (org.nianbao.model.InvalidValueException e) {
            status.set(text.get("ui.error.open", text.core().get(e.key(), e.args())));
            return false;
        }
    }

    public void show(ProjectSession opened) {
        this.session = opened;
        steps.setAll(opened.project().sections());
        String name = opened.file().getFileName().toString().replaceFirst("\\.nianbao$", "");
        windowTitle.set(text.get("ui.window.title", name));
        status.set(text.get("ui.status.project", opened.title(), opened.window().chineseLabel()));
        selected.set(steps.isEmpty() ? null : steps.get(0));
    }

    /** "一、概述" for numbered sections, the bare heading for appendices, as in the document. */
    public String stepLabel(Section s) {
        if (session == null) {
            return s.heading();
        }
        int number = 0;
        for (Section each : session.project().sections()) {
            boolean appendix = session.kind().section(each.id()).map(o -> o.appendix()).orElse(false);
            if (!appendix) {
                number++;
            }
            if (each.id().equals(s.id())) {
                return appendix ? s.heading() : ChineseNumerals.of(number) + "、" + s.heading();
            }
        }
        return s.heading();
    }

    public ObservableList<Section> steps() {
        return steps;
    }

    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty proseProperty() {
        return prose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ProjectSession session() {
        return session;
    }
}
