package org.nianbao.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seal r.nianbao --image seal.png | --remove}: the seal printed over the signature. */
@Command(name = "seal", mixinStandardHelpOptions = true)
final class SealCommand implements Callable<Integer> {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

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
        CliContext ctx = root.ctx();
        ProjectSession session = ctx.workspace().open(file);
        if (choice.remove) {
            session.setSeal(null);
            session.save();
            ctx.say("cli.seal.removed");
            return Cli.OK;
        }
        byte[] png;
        try {
            png = Files.readAllBytes(choice.image);
        } catch (NoSuchFileException e) {
            throw new CliFailure(Cli.IO, "cli.error.noSuchFile", choice.image);
        }
        BufferedImage image = png.length >= 8 && java.util.Arrays.equals(java.util.Arrays.copyOf(png, 8), PNG_MAGIC) ? read(png) : null;
        if (image == null) {
            throw new CliFailure(Cli.INPUT, "cli.seal.notPng", choice.image);
        }
        session.setSeal(png);
        session.save();
        ctx.say("cli.seal.saved", choice.image, image.getWidth(), image.getHeight());
        if (!image.getColorModel().hasAlpha()) {
            ctx.say("cli.seal.noAlpha");
        }
        return Cli.OK;
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
    }
}
