package dev.faceidkit.sandbox.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Writes the image equivalence corpus ({@code src/test/resources/image-corpus/}) and its expected decodes: images
 * of every format and pixel layout the sandbox reads (PNG RGB, RGBA, grey, 16-bit grey and palette; JPEG colour and
 * grey; BMP 24-bit and palette; GIF), of sizes from 1 pixel to 1,000 and of photo-like, smooth, noisy and solid
 * content. {@link ImageDecoderEquivalenceTest} checks that the decoder gives exactly the recorded results.
 *
 * <p>Run it only to extend the corpus, and record the expectations with a decoder whose results are known good:
 * {@code expected.tsv} is the reference a faster decoder must match.
 */
public final class EquivalenceCorpusWriter {

    private static final String[] LAYOUTS = {
        "png-rgb", "png-rgba", "png-grey", "png-grey16", "png-palette", "jpeg-rgb", "jpeg-grey", "bmp-rgb",
        "bmp-palette", "gif"};
    private static final String[] CONTENTS = {"portrait", "gradient", "blocks", "solid", "near-solid"};
    private static final int[][] SIZES = {
        {1, 1}, {2, 3}, {7, 5}, {64, 64}, {120, 160}, {127, 129}, {128, 128}, {129, 300}, {240, 320}, {256, 257},
        {320, 240}, {1000, 2}, {3, 1000}, {640, 480}};

    private EquivalenceCorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sandbox/src/test/resources/image-corpus");
        Files.createDirectories(dir);
        ImageDecoder reference = new ImageDecoder();
        List<String> expected = new ArrayList<>();
        expected.add("# file\twidth\theight\tdifference hash\tmean rgb\tsolid rgb (- if not solid)");
        SplittableRandom random = new SplittableRandom(20261204);
        int index = 0;
        for (String layout : LAYOUTS) {
            for (int[] size : SIZES) {
                for (String content : CONTENTS) {
                    // Large noisy or uncompressed images would make the corpus heavy without covering another code path.
                    boolean noisy = content.equals("blocks") || content.equals("near-solid");
                    boolean uncompressed = layout.startsWith("bmp");
                    if ((noisy || uncompressed) && size[0] * size[1] > 40_000) {
                        continue;
                    }
                    long seed = random.nextLong();
                    BufferedImage image = layout(paint(content, size[0], size[1], seed), layout);
                    String name = String.format(Locale.ROOT, "%03d-%s-%s-%dx%d.%s", index++, layout, content,
                            size[0], size[1], extension(layout));
                    byte[] bytes = encode(image, layout);
                    Files.write(dir.resolve(name), bytes);
                    expected.add(name + "\t" + describe(reference, bytes));
                }
            }
        }
        Files.write(dir.resolve("expected.tsv"), expected, StandardCharsets.UTF_8);
        System.out.println(index + " images written to " + dir);
    }

    static String describe(ImageDecoder decoder, byte[] bytes) {
        try {
            return describe(decoder.decode(bytes));
        } catch (ImageRejectedException e) {
            return "rejected " + e.reason();
        }
    }

    /** One line of {@code expected.tsv}, after the file name. */
    static String describe(DecodedImage d) {
        return d.width() + "\t" + d.height() + "\t" + Long.toHexString(d.fingerprint().differenceHash()) + "\t"
                + Integer.toHexString(d.fingerprint().meanRgb()) + "\t"
                + (d.solidRgb() == null ? "-" : Integer.toHexString(d.solidRgb()));
    }

    private static BufferedImage paint(String content, int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int base = random.nextInt(0x1000000);
        int[][] blocks = new int[8][8];
        for (int[] row : blocks) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextInt(0x1000000);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = switch (content) {
                    case "portrait" -> portrait(x, y, width, height, blocks, base);
                    case "gradient" -> (x / 4 * 4 * 255 / Math.max(1, width - 1)) << 16
                            | (y / 4 * 4 * 255 / Math.max(1, height - 1)) << 8 | (base & 0xFF);
                    case "blocks" -> mix(seed, x / 3, y / 3);
                    case "solid" -> base;
                    default -> jitter(base, random);
                };
                int alpha = 255 - ((x / 5 + y / 5) % 7) * 30;
                image.setRGB(x, y, alpha << 24 | rgb);
            }
        }
        return image;
    }

    /** A random colour per 3x3 block, the same for the same seed and block. */
    private static int mix(long seed, int column, int row) {
        return new SplittableRandom(seed ^ (column * 0x9E3779B97F4A7C15L) ^ (row * 0xC2B2AE3D27D4EB4FL))
                .nextInt(0x1000000);
    }

    private static int portrait(int x, int y, int width, int height, int[][] blocks, int skin) {
        double fx = (x - width / 2.0) / (width * 0.26);
        double fy = (y - height * 0.47) / (height * 0.26);
        if (fx * fx + fy * fy > 1) {
            return blocks[y * 8 / height][x * 8 / width];
        }
        return Math.abs(fy + 0.25) < 0.08 && Math.abs(Math.abs(fx) - 0.35) < 0.12 ? 0x202020 : skin;
    }

    private static int jitter(int rgb, SplittableRandom random) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = Math.max(0, Math.min(255, ((rgb >> shift) & 0xFF) + random.nextInt(-6, 7)));
            out |= channel << shift;
        }
        return out;
    }

    /** The painted ARGB picture in the pixel layout the file will hold. */
    private static BufferedImage layout(BufferedImage argb, String layout) {
        int type = switch (layout) {
            case "png-rgba" -> BufferedImage.TYPE_4BYTE_ABGR;
            case "png-grey", "jpeg-grey" -> BufferedImage.TYPE_BYTE_GRAY;
            case "png-grey16" -> BufferedImage.TYPE_USHORT_GRAY;
            case "png-palette", "bmp-palette", "gif" -> BufferedImage.TYPE_BYTE_INDEXED;
            default -> BufferedImage.TYPE_3BYTE_BGR;
        };
        BufferedImage out = type == BufferedImage.TYPE_BYTE_INDEXED
                ? new BufferedImage(argb.getWidth(), argb.getHeight(), type, palette())
                : new BufferedImage(argb.getWidth(), argb.getHeight(), type);
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int pixel = argb.getRGB(x, y);
                out.setRGB(x, y, type == BufferedImage.TYPE_4BYTE_ABGR ? pixel : pixel | 0xFF000000);
            }
        }
        return out;
    }

    /** A 6x6x6 colour cube and 40 greys: a palette in which photos and flat colours both come out recognisable. */
    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        int i = 0;
        for (int red = 0; red < 6; red++) {
            for (int green = 0; green < 6; green++) {
                for (int blue = 0; blue < 6; blue++, i++) {
                    r[i] = (byte) (red * 51);
                    g[i] = (byte) (green * 51);
                    b[i] = (byte) (blue * 51);
                }
            }
        }
        for (; i < 256; i++) {
            byte grey = (byte) ((i - 216) * 255 / 39);
            r[i] = grey;
            g[i] = grey;
            b[i] = grey;
        }
        return new IndexColorModel(8, 256, r, g, b);
    }

    private static String extension(String layout) {
        return layout.startsWith("jpeg") ? "jpg" : layout.substring(0, layout.indexOf('-') < 0 ? layout.length()
                : layout.indexOf('-'));
    }

    private static byte[] encode(BufferedImage image, String layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = extension(layout).equals("jpg") ? "jpeg" : extension(layout);
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("No " + format + " writer for " + layout);
        }
        return out.toByteArray();
    }
}
