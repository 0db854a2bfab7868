package dev.faceidkit.conformancetests.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Small generated pictures for the sandbox's rules (sandbox/TEST-INPUTS.md): a picture that is not of one
 * solid colour shows one upright face, a solid colour outside its table shows none, the red of the table two.
 *
 * <p>Two encodings: JPEG, for calls that reach the sandbox (or the Prism mock) directly, and "7-bit" BMP for
 * calls through {@code prism proxy}, which decodes the whole body as UTF-8 and forwards the decoded text, so
 * every byte from 0x80 up reaches the sandbox as U+FFFD (measured with Prism 5.14.2; stoplightio/prism#2349).
 * An uncompressed 24-bit BMP whose header fields and channel values all stay below 0x80 (and avoid CR and LF)
 * survives that unchanged.
 */
public final class TestImages {

    private static final int SIZE = 64;

    private TestImages() {
    }

    /** A JPEG with one face for the sandbox; different {@code variant}s are different pictures. */
    public static byte[] faceJpeg(int variant) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                image.setRGB(x, y, pattern(variant, x, y, 0, 255).getRGB());
            }
        }
        return encode(image, "jpg");
    }

    /** A solid-colour JPEG (red: two faces, blue: low quality, white: no face; see TEST-INPUTS.md). */
    public static byte[] solidJpeg(Color color) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        return encode(image, "jpg");
    }

    /** A 7-bit BMP with one face; passes Prism's proxy unchanged. */
    public static byte[] faceBmp(int variant) {
        return AsciiSafeBmp.write(SIZE, SIZE, (x, y) -> pattern(variant, x, y, AsciiSafeBmp.MIN, AsciiSafeBmp.MAX));
    }

    /** A 7-bit BMP of one grey: no face. */
    public static byte[] noFaceBmp() {
        return AsciiSafeBmp.write(SIZE, SIZE, (x, y) -> new Color(100, 100, 100));
    }

    /** A 7-bit BMP 4097 pixels wide (one high): over the 4096-pixel limit. */
    public static byte[] oversizedBmp() {
        return AsciiSafeBmp.write(4097, 1, (x, y) -> new Color(100, 100, 100));
    }

    /** A file no image decoder reads. */
    public static byte[] notAnImage() {
        return "this is not an image, only text".getBytes(StandardCharsets.US_ASCII);
    }

    // Gradients whose direction depends on the variant: different variants have different difference hashes.
    private static Color pattern(int variant, int x, int y, int min, int max) {
        int span = max - min;
        int a = switch (Math.floorMod(variant, 4)) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> SIZE - 1 - x;
            default -> (x * 7 + y * 3) % SIZE;
        };
        int b = Math.floorMod(x + y + variant * 13, SIZE);
        return new Color(min + span * a / (SIZE - 1), min + span * b / (SIZE - 1), min + span * (SIZE - 1 - a) / (SIZE - 1));
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
