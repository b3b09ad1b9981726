package org.nianbao.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the wizard's questions from a script: native file choosers cannot be driven headless. */
final class ScriptedDialogs implements Dialogs {
    final Deque<List<Path>> workbooks = new ArrayDeque<>();
    final Deque<Path> folders = new ArrayDeque<>();
    final Deque<Path> projects = new ArrayDeque<>();
    final Deque<Path> reports = new ArrayDeque<>();
    final List<List<org.nianbao.workspace.ReviewedReport>> reviewed = new java.util.ArrayList<>();
    final List<Path> reviewSummaries = new java.util.ArrayList<>();
    final Deque<String> texts = new ArrayDeque<>();
    NewProject newProject;
    Mapping mapping;
    String suggestedDepartment;
    CloseChoice close = CloseChoice.CANCEL;
    boolean confirmAnswer = true;
    ConflictChoice conflict = ConflictChoice.CANCEL;
    int conflicts;
    int confirmations;

    @Override
    public List<Path> workbooks(Window owner) {
        return workbooks.isEmpty() ? List.of() : workbooks.pop();
    }

    @Override
    public Optional<Mapping> mapping(Window owner, String file, List<String> departments, String suggested,
            java.util.Map<String, String> fields) {
        suggestedDepartment = suggested;
        return Optional.ofNullable(mapping);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> openProject(Window owner) {
        return Optional.ofNullable(projects.poll());
    }

    @Override
    public Optional<Path> publishedReport(Window owner) {
        return Optional.ofNullable(reports.poll());
    }

    @Override
    public void reviewTable(Window owner, List<org.nianbao.workspace.ReviewedReport> shown, Path summary) {
        reviewed.add(new java.util.ArrayList<>(shown));
        reviewSummaries.add(summary);
    }

    @Override
    public Optional<Path> saveProject(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(projects.poll());
    }

    @Override
    public Optional<Path> image(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> keystore(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<String> text(Window owner, String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<char[]> password(Window owner, String prompt) {
        return Optional.empty();
    }

    @Override
    public Optional<NewProject> newProject(Window owner, List<String[]> kinds) {
        return Optional.ofNullable(newProject);
    }

    @Override
    public CloseChoice saveChanges(Window owner, String projectName) {
        return close;
    }

    @Override
    public void about(Window owner, String message) {
        abouts.add(message);
    }

    final java.util.List<String> abouts = new java.util.ArrayList<>();

    @Override
    public boolean confirm(Window owner, String message) {
        confirmations++;
        return confirmAnswer;
    }

    @Override
    public ConflictChoice changedOnDisk(Window owner, String projectName) {
        conflicts++;
        return conflict;
    }
}
