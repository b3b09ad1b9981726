package org.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nianbao.model.Section;
import org.nianbao.model.TextBytes;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "prose", mixinStandardHelpOptions = true)
final class ProseCommand extends CliCommand implements Callable<Integer> {
    /** The pseudo-section holding the opening paragraph, which precedes 一、. */
    static final String OPENING = "opening";


    @Mixin
    ProjectFileParameter project;

    @Option(names = "--section", required = true, paramLabel = "<id>", descriptionKey = "prose.section")
    String section;

    @Option(names = "--from", required = true, paramLabel = "<text.txt|->", descriptionKey = "prose.from")
    String from;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.edit(project.file, "prose");
        boolean known = section.equals(OPENING) || session.project().section(section).isPresent();
        if (!known) {
            String ids = OPENING + ", " + session.project().sections().stream().map(Section::id).collect(Collectors.joining(", "));
            throw new CliFailure(Cli.INPUT, "cli.prose.unknownSection", section, ids);
        }
        TextBytes.Decoded text = read(from);
        if (section.equals(OPENING)) {
            session.update(p -> p.withOpening(text.text()));
        } else {
            session.update(p -> p.withProse(section, text.text()));
        }
        session.save();
        if (!text.charset().equals(StandardCharsets.UTF_8)) {
            ctx.say("cli.prose.decodedAs", text.charsetName());
        }
        ctx.say("cli.prose.saved", section, Section.paragraphsOf(text.text()).size(), project.file);
        return Cli.OK;
    }

    /**
     * The most a text may have: far more than any section (a long one is 50 KB), and well inside what a
     * project saves and opens again; it stops {@code /dev/zero} or a mistaken video file before memory runs out.
     */
    static final int MAX_TEXT_BYTES = 32 * 1024 * 1024;

    /** The text of a file or standard input, decoded as {@link TextBytes} reads what Windows editors write. */
    static TextBytes.Decoded read(String from) throws IOException {
        byte[] bytes;
        if (from.equals("-")) {
            bytes = System.in.readNBytes(MAX_TEXT_BYTES + 1);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(from))) {
                bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            } catch (NoSuchFileException e) {
                throw new CliFailure(Cli.IO, "cli.error.noSuchFile", from);
            }
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new CliFailure(Cli.INPUT, "cli.prose.tooLarge", from, MAX_TEXT_BYTES / (1024 * 1024));
        }
        return TextBytes.decode(bytes).orElseThrow(() -> new CliFailure(Cli.INPUT, "cli.prose.undecodable", from));
    }
}
