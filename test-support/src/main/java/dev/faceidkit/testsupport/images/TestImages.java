package dev.faceidkit.testsupport.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Small generated pictures for the sandbox's documented rules (sandbox/TEST-INPUTS.md), as any team would make
 * them: a picture that is not of one solid colour shows one upright face, a solid colour outside the table shows
 * none, the colours of the table (red: two faces, blue: low quality, ...) their documented outcome.
 *
 * <p>Two kinds of encoding: PNG and JPEG, for calls that reach the sandbox (or a Prism mock) directly, and
 * "7-bit" BMP ({@link AsciiSafeBmp}) for calls through {@code prism proxy}, which decodes the whole body as UTF-8
 * and forwards the decoded text, so every byte from 0x80 up reaches the sandbox as U+FFFD (measured with Prism
 * 5.14.2; stoplightio/prism#2349). An uncompressed 24-bit BMP whose header fields and channel values all stay
 * below 0x80 (and avoid CR and LF) survives that unchanged.
 */
public final class TestImages {

    public static final int RED = 0xFF0000;
    public static final int BLUE = 0x0000FF;
    public static final int GREEN = 0x00FF00;
    public static final int ORANGE = 0xFFA500;
    public static final int PURPLE = 0x800080;
    public static final int MAGENTA = 0xFF00FF;
    public static final int CYAN = 0x00FFFF;
    public static final int YELLOW = 0xFFFF00;
    public static final int WHITE = 0xFFFFFF;

    private static final int SIZE = 64;

    private TestImages() {
    }

    /** A 64×64 PNG of one colour ({@code rgb} as 0xRRGGBB). */
    public static byte[] solid(int rgb) {
        return solid(rgb, SIZE, SIZE, "png");
    }

    public static byte[] solid(int rgb, int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return encode(image, format);
    }

    /** A solid-colour 64×64 JPEG (red: two faces, blue: low quality, white: no face; see TEST-INPUTS.md). */
    public static byte[] solidJpeg(Color color) {
        return solid(color.getRGB() & 0xFFFFFF, SIZE, SIZE, "jpg");
    }

    /** A PNG of random blocks: one upright face by the rules, unlike any other picture. */
    public static byte[] photo(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        int[][] blocks = new int[16][12];
        for (int[] row : blocks) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextInt(0x1000000);
            }
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, blocks[y / 10][x / 10]);
            }
        }
        return encode(image, "png");
    }

    /** A 64×64 JPEG with one face; different {@code variant}s are different pictures. */
    public static byte[] faceJpeg(int variant) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                image.setRGB(x, y, pattern(variant, x, y, 0, 255).getRGB());
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

    /** A white PNG one pixel wider than the service accepts; tiny as a file. */
    public static byte[] oversized() {
        return solid(WHITE, 4097, 4, "png");
    }

    /** A PNG 4097 px wide and not of one colour: a face by the rules, too wide where the contract limits the size. */
    public static byte[] oversizedPhoto() {
        BufferedImage image = new BufferedImage(4097, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            image.setRGB(x, x % 8, WHITE);
        }
        return encode(image, "png");
    }

    /** A file no image decoder reads. */
    public static byte[] notAnImage() {
        return "this is not an image, only text".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
