package org.nianbao.store;

import java.nio.file.Path;

/** Another process holds the project's lock ({@code store.error.locked}); says who, so the app can ask. */
public final class ProjectLockedException extends ProjectFileException {
    private static final long serialVersionUID = 1L;
    private final transient ProjectLock.Holder holder;

    ProjectLockedException(Path project, ProjectLock.Holder h) {
        super("store.error.locked", project + ": is open in " + h.program() + " by " + h.owner() + " on " + h.host()
                + " (process " + h.pid() + ") since " + h.sinceText(), null,
                project.toString(), h.owner(), h.host(), String.valueOf(h.pid()), h.sinceText(), h.program(),
                ProjectLock.lockFileOf(project).toString());
        this.holder = h;
    }

    public ProjectLock.Holder holder() {
        return holder;
    }
}
