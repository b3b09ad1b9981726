package org.nianbao.workspace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A seal image as offered by the user: only a PNG that decodes is accepted. */
public record SealImage(byte[] png, int width, int height, boolean transparent) {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The image, or empty when the bytes are not a PNG that can be read. */
    public static Optional<SealImage> of(byte[] bytes) {
        if (bytes == null || bytes.length < 8 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_MAGIC)) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? Optional.empty()
                    : Optional.of(new SealImage(bytes, image.getWidth(), image.getHeight(), image.getColorModel().hasAlpha()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
