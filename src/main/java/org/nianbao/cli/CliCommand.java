package org.nianbao.cli;

import picocli.CommandLine;

/**
 * A command with the context every command needs (the user's language, the streams, the core and the projects it
 * holds), handed in by {@link #factory}: the one place commands get it.
 */
abstract class CliCommand {
    CliContext ctx;

    /** Creates commands and mixins for picocli, handing each command the context. */
    static CommandLine.IFactory factory(CliContext ctx) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = fallback.create(type);
                if (made instanceof CliCommand command) {
                    command.ctx = ctx;
                }
                return made;
            }
        };
    }
}
