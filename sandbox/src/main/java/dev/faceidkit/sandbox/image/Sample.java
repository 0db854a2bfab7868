package dev.faceidkit.sandbox.image;

/**
 * An image's size and its sampled pixels, row by row, as {@code 0xRRGGBB}.
 *
 * @param width        the image's width in pixels
 * @param height       the image's height in pixels
 * @param pixels       the sample, {@code sampleWidth × sampleHeight} values
 * @param sampleWidth  pixels per sample row
 * @param sampleHeight sample rows
 */
record Sample(int width, int height, int[] pixels, int sampleWidth, int sampleHeight) {
}
