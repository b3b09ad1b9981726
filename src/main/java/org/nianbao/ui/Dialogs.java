package org.nianbao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Every question the wizard asks in a window of its own (file choosers, names, reasons,
 * passwords, "save changes?"). The app answers with real dialogs ({@link FxDialogs}); tests answer
 * with a script, since native file choosers cannot be driven headless.
 */
public interface Dialogs {
    enum CloseChoice {
        SAVE, DISCARD, CANCEL
    }

    /** What to do when another program saved the project after it was opened here. */
    enum ConflictChoice {
        RELOAD, SAVE_COPY, CANCEL
    }

    /** What the 新建项目 dialog asks for. */
    record NewProject(String kindId, String year, String institution, Path file) {
    }

    /** A department's own table: whose it is, and which of its headers mean which field ({@code 上线时间=date}). */
    record Mapping(String department, java.util.Map<String, String> columns) {
    }

    List<Path> workbooks(Window owner);

    /**
     * Asks whose a foreign workbook is and, optionally, which headers mean which field.
     *
     * @param suggested the department the file's name names (pre-selected), or empty
     * @param fields the field keys with their Chinese names, e.g. {@code date} → 发布日期
     */
    Optional<Mapping> mapping(Window owner, String file, List<String> departments, String suggested,
            java.util.Map<String, String> fields);

    Optional<Path> folder(Window owner, String title);

    Optional<Path> openProject(Window owner);

    /** A report as published (PDF, Word, web page, text), to start a project from or to review. */
    Optional<Path> publishedReport(Window owner);

    /** Shows the reviewer's table of a folder of reports, and where its workbook was written. */
    void reviewTable(Window owner, List<org.nianbao.workspace.ReviewedReport> reports, Path summary);

    Optional<Path> saveProject(Window owner, String title, String suggestedName);

    Optional<Path> image(Window owner);

    Optional<Path> keystore(Window owner);

    Optional<String> text(Window owner, String title, String prompt, String initial);

    Optional<char[]> password(Window owner, String prompt);

    /** {@code kinds}: each kind's id, name and the year suggested for it today. */
    Optional<NewProject> newProject(Window owner, List<String[]> kinds);

    CloseChoice saveChanges(Window owner, String projectName);

    boolean confirm(Window owner, String message);

    /** 帮助 → 关于: what this build is and where it keeps its files (the log first of them). */
    void about(Window owner, String message);

    /** Another program saved the project since it was opened: reload it (dropping the changes here), save a copy, or cancel. */
    ConflictChoice changedOnDisk(Window owner, String projectName);
}
