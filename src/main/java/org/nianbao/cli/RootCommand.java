package org.nianbao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The version provider is set in {@link Cli#run}: it speaks the user's language. */
@Command(name = "nianbao", mixinStandardHelpOptions = true,
        subcommands = {NewCommand.class, InfoCommand.class, ProseCommand.class, ExportCommand.class,
                DepartmentsCommand.class, TemplatesCommand.class, ImportCommand.class, ConsolidateCommand.class, ItemsCommand.class, TablesCommand.class, CheckCommand.class, OverrideCommand.class, FieldsCommand.class, LinkCommand.class, SealCommand.class, TitleCommand.class,
                BenchCommand.class, SignCommand.class, VerifyCommand.class, ReviewCommand.class, GatherCommand.class})
final class RootCommand implements Runnable {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    /** Read before parsing (see {@link Cli#languageArgument}); declared here so every command accepts it. */
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    String lang;

    RootCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    CliContext ctx() {
        return ctx;
    }

    @Override
    public void run() {
        // `nianbao` with options but no command: show what there is to do.
        spec.commandLine().usage(ctx.out());
    }
}
