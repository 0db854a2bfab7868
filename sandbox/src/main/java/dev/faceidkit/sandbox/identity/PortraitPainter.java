package dev.faceidkit.sandbox.identity;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Paints a synthetic portrait for a test identity, pixel by pixel (no anti-aliased drawing, so the picture is the
 * same on every JVM): a mosaic background and a face, both coloured from the seed, so that portraits of different
 * identities share no structure and score low against each other.
 */
final class PortraitPainter {

    static final int WIDTH = 240;
    static final int HEIGHT = 320;
    private static final int CELLS = 8;

    private PortraitPainter() {
    }

    static BufferedImage paint(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] mosaic = new int[CELLS][CELLS];
        for (int[] row : mosaic) {
            for (int i = 0; i < row.length; i++) {
                row[i] = colour(random, 40, 215);
            }
        }
        int skin = colour(random, 150, 230);
        int eyes = colour(random, 10, 60);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.setRGB(x, y, pixel(x, y, mosaic, skin, eyes));
            }
        }
        return image;
    }

    /** The same portrait in grey, as a black-and-white data source photo holds it. */
    static BufferedImage monochrome(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < colour.getHeight(); y++) {
            for (int x = 0; x < colour.getWidth(); x++) {
                int rgb = colour.getRGB(x, y);
                int luma = (int) Math.round(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF)
                        + 0.114 * (rgb & 0xFF));
                grey.setRGB(x, y, luma << 16 | luma << 8 | luma);
            }
        }
        return grey;
    }

    private static int pixel(int x, int y, int[][] mosaic, int skin, int eyes) {
        double fx = (x - WIDTH / 2.0) / 62.0;
        double fy = (y - 150) / 84.0;
        if (fx * fx + fy * fy > 1) {
            return mosaic[y * CELLS / HEIGHT][x * CELLS / WIDTH];
        }
        boolean eye = (Math.hypot(x - 97, y - 130) < 9) || (Math.hypot(x - 143, y - 130) < 9);
        boolean mouth = Math.abs(x - WIDTH / 2) < 24 && Math.abs(y - 190) < 5;
        return eye || mouth ? eyes : skin;
    }

    private static int colour(SplittableRandom random, int low, int high) {
        return random.nextInt(low, high) << 16 | random.nextInt(low, high) << 8 | random.nextInt(low, high);
    }
}
