package org.nianbao.cli;

import java.io.PrintWriter;
import org.nianbao.i18n.Messages;
import org.nianbao.workspace.Workspace;

/** What every command needs: the user's language, the output streams and the core. */
record CliContext(Messages messages, PrintWriter out, PrintWriter err, Workspace workspace) {
    void say(String key, Object... args) {
        out.println(messages.get(key, args));
    }
}
