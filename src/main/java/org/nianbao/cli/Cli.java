package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.nianbao.i18n.Messages;
import org.nianbao.model.UserError;
import org.nianbao.workspace.Workspace;
import picocli.CommandLine;

/**
 * The command line over the same core as the app. Exit codes: 0 ok, 1 problems in the input,
 * 2 usage, 3 I/O. Messages are Chinese unless {@code --lang en} is given.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INPUT = 1;
    public static final int USAGE = 2;
    public static final int IO = 3;
    /** A bug: logged with its stack trace, never shown raw. */
    public static final int INTERNAL = 70;
    static final String HELP_BUNDLE = "org.nianbao.cli.help";

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Workspace.standard());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Workspace workspace) {
        return run(args, System.in, out, err, workspace);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Workspace)}, reading standard input from {@code in} (tables import -). */
    public static int run(String[] args, InputStream in, PrintWriter terminalOut, PrintWriter terminalErr, Workspace workspace) {
        // Names, certificate fields and workbook cells never reach the terminal as control sequences.
        PrintWriter out = TerminalSafeWriter.wrap(terminalOut);
        PrintWriter err = TerminalSafeWriter.wrap(terminalErr);
        String lang = languageArgument(args);
        Messages messages = Messages.forLanguage(lang == null ? "zh" : lang);
        if (messages == null) {
            err.println(Messages.chinese().get("cli.error.lang", lang) + " / " + Messages.english().get("cli.error.lang", lang));
            err.flush();
            return USAGE;
        }
        CliContext ctx = new CliContext(messages, out, err, workspace, in);
        CommandLine cl = new CommandLine(new RootCommand(ctx), CliCommand.factory(ctx));
        useVersionProvider(cl, new VersionProvider(messages));
        cl.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, ctx, commandLine.getCommandName()));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(messages.get("cli.error.usage", ex.getMessage()));
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Whatever was too big is unreachable now: the message can be built, and nothing was saved half-way (saves are atomic).
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println(messages.get("cli.error.outOfMemory", String.valueOf(mb), String.valueOf(Math.max(1024, mb * 4))));
            code = IO;
        } catch (StackOverflowError e) {
            err.println(messages.get("cli.error.tooDeep"));
            code = INPUT;
        } finally {
            ctx.releaseAll();
        }
        workspace.calendarProblem().ifPresent(p -> err.println(messages.get("workspace.holidays.fallback", p.file(), p.detail())));
        out.flush();
        err.flush();
        return code;
    }

    /** Every command offers -V/--version (mixinStandardHelpOptions): all of them print the same. */
    private static void useVersionProvider(CommandLine cl, VersionProvider provider) {
        cl.getCommandSpec().versionProvider(provider);
        for (CommandLine sub : cl.getSubcommands().values()) {
            useVersionProvider(sub, provider);
        }
    }

    /** Finds {@code --lang X} or {@code --lang=X} before picocli parses, so help text is localised too. */
    static String languageArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    /** Turns what the core throws into a message in the user's language and an exit code. */
    private static int report(Exception ex, CliContext ctx, String command) {
        Messages m = ctx.messages();
        if (ex instanceof CliFailure f) {
            ctx.err().println(m.get(f.key(), f.args()));
            return f.exitCode();
        }
        if (ex instanceof UserError u) {
            ctx.err().println(m.get(u));
            return u.isFileProblem() ? IO : INPUT;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            ctx.err().println(m.get("cli.error.io", String.valueOf(ex.getMessage())));
            return IO;
        }
        // A bug, not the user's input: a sentence on the screen, the stack trace in the log, exit 70.
        Optional<Path> log = ctx.workspace().errorLog().record("nianbao " + command, ex);
        ctx.err().println(log.map(p -> m.get("cli.error.internalLogged", ex.getClass().getSimpleName(), p))
                .orElseGet(() -> m.get("cli.error.internal", ex.getClass().getSimpleName())));
        return INTERNAL;
    }
}
