package dev.faceidkit.sandbox.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Makes the image files the sandbox hands out: solid test images, PNG and JPEG bytes, data URIs. */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static BufferedImage solid(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    /** A JPEG as get_result returns images: {@code data:image/jpeg;base64,...}. */
    public static String jpegDataUri(BufferedImage image) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(image));
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Image encoding failed in memory", e);
        }
    }
}
