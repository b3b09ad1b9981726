package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.store.ProjectFileException;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.i18n.Messages;
import org.nianbao.workspace.Workspace;

/**
 * What every command needs: the user's language, the input and output streams and the core, and the
 * projects the command holds locked (released by {@link Cli#run} when the command ends, however it ends).
 */
record CliContext(Messages messages, PrintWriter out, PrintWriter err, Workspace workspace, InputStream in,
                  List<ProjectSession> held) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** How long a command waits for another command that is changing the same project. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    CliContext(Messages messages, PrintWriter out, PrintWriter err, Workspace workspace, InputStream in) {
        this(messages, out, err, workspace, in, new ArrayList<>());
    }

    /**
     * Opens a project to change it: takes its lock first (waiting for another command, refusing at once
     * when the app has it open), so that read, change and save happen with no other writer in between.
     */
    ProjectSession edit(Path file, String command) throws ProjectFileException {
        ProjectSession session = workspace.edit(file, "nianbao " + command, LOCK_WAIT);
        held.add(session);
        if (!session.unknownFieldsNotKept().isEmpty()) {
            // Said once, before the command saves: what a newer build or a hand added inside the project is not kept.
            err.println(messages.get("store.warning.unknownFields", file, session.unknownFieldsNotKept()));
        }
        return session;
    }

    /** Opens a project to change it when {@code changes} is true, else only to read it. */
    ProjectSession open(Path file, String command, boolean changes) throws ProjectFileException {
        return changes ? edit(file, command) : workspace.open(file);
    }

    void releaseAll() {
        held.forEach(ProjectSession::close);
        held.clear();
    }

    void say(String key, Object... args) {
        out.println(messages.get(key, args));
    }

    /** The one way commands build and print their {@code --json} output. */
    static ObjectMapper json() {
        return JSON;
    }

    void printJson(JsonNode node) throws JsonProcessingException {
        out.println(JSON.writeValueAsString(node));
    }
}
