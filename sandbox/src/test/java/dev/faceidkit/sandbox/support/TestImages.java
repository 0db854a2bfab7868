package dev.faceidkit.sandbox.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** Images as any team would make them for the sandbox's documented rules. */
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

    private TestImages() {
    }

    public static byte[] solid(int rgb) {
        return solid(rgb, 64, 64, "png");
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

    /** A picture of random blocks: one upright face by the rules, unlike any other picture. */
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

    /** One pixel wider than the service accepts; tiny as a file. */
    public static byte[] oversized() {
        return solid(WHITE, 4097, 4, "png");
    }

    /** 4097 px wide and not of one colour: a face by the rules, too wide where the contract limits the size. */
    public static byte[] oversizedPhoto() {
        BufferedImage image = new BufferedImage(4097, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            image.setRGB(x, x % 8, WHITE);
        }
        return encode(image, "png");
    }

    public static byte[] notAnImage() {
        return "this is not an image".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
