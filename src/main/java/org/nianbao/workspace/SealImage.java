package org.nianbao.workspace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.nianbao.model.InvalidValueException;

/**
 * A seal image: only a PNG that decodes, of a size a seal can have. The same checks apply to an
 * image the user offers ({@code seal --image}, the app) and to one read from a project (a hand-made
 * or foreign file may hold anything under {@code assets/seal.png}).
 */
public record SealImage(byte[] png, int width, int height, boolean transparent) {
    /** A seal scanned at 600 dpi is well under 1 MB; a larger file is not a seal. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Pixels a side: a 4 cm seal at 600 dpi is about 950. The dimensions are read before the pixels are. */
    public static final int MAX_SIDE = 4000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The image, or empty when the bytes are not a usable seal. */
    public static Optional<SealImage> of(byte[] bytes) {
        try {
            return Optional.of(read(bytes, ""));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * The image, or why it cannot be a seal ({@code workspace.seal.notPng}, {@code workspace.seal.fileTooLarge},
     * {@code workspace.seal.tooLarge}), naming {@code name}. A decompression bomb (60000×60000 in a few
     * KB) is refused from its header, before any pixel is decoded.
     */
    public static SealImage read(byte[] bytes, String name) {
        if (bytes == null || bytes.length < 8 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_MAGIC)) {
            throw notPng(name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidValueException("workspace.seal.fileTooLarge", name + " is larger than " + MAX_BYTES + " bytes",
                    name, String.valueOf(bytes.length / (1024 * 1024)), String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (in == null || !readers.hasNext()) {
                throw notPng(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidValueException("workspace.seal.tooLarge", name + " is " + width + "×" + height + " pixels",
                            name, String.valueOf(width), String.valueOf(height), String.valueOf(MAX_SIDE));
                }
                BufferedImage image = reader.read(0);
                if (image == null || width < 1 || height < 1) {
                    throw notPng(name);
                }
                return new SealImage(bytes, width, height, image.getColorModel().hasAlpha());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException v) {
                throw v;
            }
            throw notPng(name); // a PNG signature over damaged or invented chunks
        }
    }

    private static InvalidValueException notPng(String name) {
        return new InvalidValueException("workspace.seal.notPng", name + " is not a PNG image that can be read", name);
    }
}
