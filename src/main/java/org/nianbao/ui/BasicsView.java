package org.nianbao.ui;

import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.Institution;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.workspace.ProjectSession;

/**
 * 基本信息: the institution and whom to contact, the academic year and its statistics window,
 * the report date, and the departments asked for figures. Every field is kept as it is typed.
 */
final class BasicsView implements StepView {
    private final WizardViewModel vm;
    private final UiText text;
    private final VBox root = new VBox(10);
    private final TextField name = field("basics-name");
    private final TextField office = field("basics-office");
    private final TextField phone = field("basics-phone");
    private final TextField email = field("basics-email");
    private final TextField address = field("basics-address");
    private final TextField website = field("basics-website");
    private final Label kind = new Label();
    private final Label year = new Label();
    /** 学年 or 年度, as the project's kind counts its year. */
    private final Label yearLabel = new Label();
    private final Label window = new Label();
    /** The report's title as she words and breaks it (Enter where a line ends); empty for the kind's. */
    private final javafx.scene.control.TextArea reportTitle = new javafx.scene.control.TextArea();
    private final DatePicker reportDate = Dates.picker("basics-report-date");
    private final ListView<String> departments = new ListView<>();
    private boolean loading;

    BasicsView(WizardViewModel vm) {
        this.vm = vm;
        this.text = vm.text();
        Label title = new Label(text.get("ui.step.basics"));
        title.getStyleClass().add("section-heading");
        window.setId("basics-window");
        year.setId("basics-year");
        yearLabel.setId("basics-year-label");

        GridPane form = ExportView.grid();
        int row = 0;
        form.addRow(row++, new Label(text.get("ui.basics.kind")), kind);
        yearLabel.setText(text.get("ui.basics.year"));
        form.addRow(row++, yearLabel, year);
        form.addRow(row++, new Label(text.get("ui.basics.window")), window);
        reportTitle.setId("basics-title");
        reportTitle.setPrefRowCount(2);
        reportTitle.setPrefHeight(48); // two lines of a title, and the departments list below stays in a 768-pixel window
        reportTitle.setWrapText(true);
        form.addRow(row++, new Label(text.get("ui.basics.title")), reportTitle);
        form.addRow(row++, new Label(text.get("ui.basics.name")), name);
        form.addRow(row++, new Label(text.get("ui.basics.office")), office);
        form.addRow(row++, new Label(text.get("ui.basics.phone")), phone);
        form.addRow(row++, new Label(text.get("ui.basics.email")), email);
        form.addRow(row++, new Label(text.get("ui.basics.address")), address);
        form.addRow(row++, new Label(text.get("ui.basics.website")), website);
        form.addRow(row++, new Label(text.get("ui.basics.reportDate")), reportDate);

        bind(name, (i, v) -> new Institution(v, i.office(), i.phone(), i.email(), i.address(), i.website()));
        bind(office, (i, v) -> new Institution(i.name(), v, i.phone(), i.email(), i.address(), i.website()));
        bind(phone, (i, v) -> new Institution(i.name(), i.office(), v, i.email(), i.address(), i.website()));
        bind(email, (i, v) -> new Institution(i.name(), i.office(), i.phone(), v, i.address(), i.website()));
        bind(address, (i, v) -> new Institution(i.name(), i.office(), i.phone(), i.email(), v, i.website()));
        bind(website, (i, v) -> new Institution(i.name(), i.office(), i.phone(), i.email(), i.address(), v));
        reportTitle.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.edit(p -> p.withTitle(now));
            }
        });
        reportDate.valueProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.edit(p -> p.withSignOff(new SignOff(p.signOff().name(), now)));
            }
        });

        Label deptTitle = new Label(text.get("ui.basics.departments"));
        deptTitle.getStyleClass().add("pane-title");
        departments.setId("departments");
        departments.setPrefHeight(140); // with the two-line title field, the list and its buttons stay in a 768-pixel window
        TextField newDepartment = field("new-department");
        newDepartment.setPromptText(text.get("ui.basics.departmentPrompt"));
        Button add = new Button(text.get("ui.basics.addDepartment"));
        add.setId("add-department");
        Runnable adding = () -> {
            String d = newDepartment.getText().strip();
            if (!d.isEmpty()) {
                // Several at once: 教务处、财务处 or one per line.
                List<String> names = List.of(d.split("[、，,;；\\s]+"));
                if (vm.edit(p -> p.withDepartmentsAdded(names))) {
                    newDepartment.clear();
                }
            }
        };
        add.setOnAction(e -> adding.run());
        newDepartment.setOnAction(e -> adding.run());
        Button remove = new Button(text.get("ui.basics.removeDepartment"));
        remove.setId("remove-department");
        remove.disableProperty().bind(departments.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String d = departments.getSelectionModel().getSelectedItem();
            if (d != null) {
                vm.edit(p -> p.withDepartmentRemoved(d));
            }
        });
        HBox deptTools = new HBox(8, newDepartment, add, remove);
        HBox.setHgrow(newDepartment, Priority.ALWAYS);

        VBox content = new VBox(10, title, form, deptTitle, departments, deptTools);
        content.setPadding(new Insets(12));
        content.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        vm.revisionProperty().addListener((obs, old, now) -> load());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private void bind(TextField f, BiFunction<Institution, String, Institution> change) {
        f.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.edit(p -> p.withInstitution(change.apply(p.institution(), now)));
            }
        });
    }

    private void load() {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        loading = true;
        try {
            Project p = s.project();
            Institution i = p.institution();
            set(name, i.name());
            set(office, i.office());
            set(phone, i.phone());
            set(email, i.email());
            set(address, i.address());
            set(website, i.website());
            kind.setText("en".equals(text.locale().getLanguage()) ? s.kind().nameEn() : s.kind().name());
            boolean calendar = s.kind().calendarYear();
            yearLabel.setText(text.get(calendar ? "ui.basics.calendarYear" : "ui.basics.academicYear"));
            year.setText(calendar ? text.get("ui.basics.calendarYearValue", p.year().toString())
                    : text.get("ui.basics.yearValue", p.year().toString()));
            window.setText(s.window().chineseLabel());
            reportTitle.setPromptText(text.get("ui.basics.titlePrompt", s.kind().title(i.name(), p.year())));
            // Only when the project's title differs from what the field says (a blank line being typed is no difference).
            if (!reportTitle.isFocused() && !org.nianbao.model.Text.normaliseTitle(reportTitle.getText()).equals(p.title())) {
                reportTitle.setText(p.title());
            }
            reportDate.setPromptText(Dates.reportDatePrompt(vm.session()));
            if (!java.util.Objects.equals(reportDate.getValue(), p.signOff().date())) {
                reportDate.setValue(p.signOff().date());
            }
            if (!departments.getItems().equals(p.departments())) {
                departments.getItems().setAll(p.departments());
            }
        } finally {
            loading = false;
        }
    }

    /** Sets a field only when the project differs, so typing is never disturbed (and a refused empty name stays visible). */
    private static void set(TextField f, String value) {
        if (!f.isFocused() && !f.getText().equals(value)) {
            f.setText(value);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(WizardViewModel.Step step) {
        vm.takeFocus();
        load();
    }
}
