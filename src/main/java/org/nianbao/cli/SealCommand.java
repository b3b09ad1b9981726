package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.SealImage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seal r.nianbao --image seal.png | --remove}: the seal printed over the signature. */
@Command(name = "seal", mixinStandardHelpOptions = true)
final class SealCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--image", paramLabel = "<seal.png>", descriptionKey = "seal.image")
        Path image;

        @Option(names = "--remove", descriptionKey = "seal.remove")
        boolean remove;
    }

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.edit(project.file, "seal");
        if (choice.remove) {
            session.setSeal(null);
            session.save();
            ctx.say("cli.seal.removed");
            return Cli.OK;
        }
        byte[] png;
        try {
            if (Files.size(choice.image) > SealImage.MAX_BYTES) {
                throw new CliFailure(Cli.INPUT, "workspace.seal.fileTooLarge", choice.image,
                        String.valueOf(Files.size(choice.image) / (1024 * 1024)), String.valueOf(SealImage.MAX_BYTES / (1024 * 1024)));
            }
            png = Files.readAllBytes(choice.image);
        } catch (NoSuchFileException e) {
            throw new CliFailure(Cli.IO, "cli.error.noSuchFile", choice.image);
        }
        SealImage image = SealImage.read(png, choice.image.toString());
        session.setSeal(png);
        session.save();
        ctx.say("cli.seal.saved", choice.image, image.width(), image.height());
        if (!image.transparent()) {
            ctx.say("workspace.seal.noAlpha");
        }
        return Cli.OK;
    }
}
