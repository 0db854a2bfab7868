package dev.faceidkit.sandbox.image;

/**
 * A perceptual fingerprint: the 64-bit difference hash of a 9x8 grey thumbnail (each bit says whether a cell is
 * brighter than its right neighbour) and the mean colour. Re-encoding or resizing an image barely changes it;
 * unrelated images differ in about half the bits.
 *
 * @param differenceHash the 64 hash bits
 * @param meanRgb        the mean colour, {@code 0xRRGGBB}
 */
public record Fingerprint(long differenceHash, int meanRgb) {

    private static final double MAX_COLOUR_DISTANCE = Math.sqrt(3) * 255;

    /**
     * How alike two images are, in [0, 1]: the share of equal hash bits times one minus the normalised distance
     * of the mean colours (so that two solid images of different colours, whose hashes are both zero, differ).
     */
    public double similarity(Fingerprint other) {
        double bits = 1 - Long.bitCount(differenceHash ^ other.differenceHash) / 64.0;
        return bits * (1 - colourDistance(meanRgb, other.meanRgb) / MAX_COLOUR_DISTANCE);
    }

    /** A stable number in [0, 1) drawn from the fingerprint, for scores that should vary from image to image. */
    public double unitValue(int salt) {
        long mixed = (differenceHash ^ ((long) meanRgb << 20)) * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        mixed ^= mixed >>> 31;
        return (mixed >>> 11) / (double) (1L << 53);
    }

    private static double colourDistance(int a, int b) {
        double sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int d = ((a >> shift) & 0xFF) - ((b >> shift) & 0xFF);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
