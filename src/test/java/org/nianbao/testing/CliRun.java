package org.nianbao.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.nianbao.cli.Cli;

/** Runs the command line in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs the command line with {@code stdin} as its standard input, e.g. a table pasted into the terminal. */
    public static CliRun withInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new java.io.ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
                org.nianbao.workspace.Workspace.standard());
        return new CliRun(code, out.toString(), err.toString());
    }
}
