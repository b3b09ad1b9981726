package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.io.PrintWriter;
import org.nianbao.i18n.Messages;
import org.nianbao.workspace.Workspace;

/** What every command needs: the user's language, the input and output streams and the core. */
record CliContext(Messages messages, PrintWriter out, PrintWriter err, Workspace workspace, InputStream in) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
