package dev.faceidkit.sandbox.image;

/**
 * Which pixels the sandbox reads of an image: every {@code columns}-th pixel of every {@code rows}-th row, so that
 * about {@code side} remain in each direction (each direction on its own, so a long thin image keeps all its rows).
 */
record Sampling(int side) {

    Periods of(int width, int height) {
        int columns = Math.max(1, width / side);
        int rows = Math.max(1, height / side);
        return new Periods(columns, rows, (width + columns - 1) / columns, (height + rows - 1) / rows);
    }

    /** The sampling periods for one image and the size of the sample they give (ImageIO's subsampling rule). */
    record Periods(int columns, int rows, int sampleWidth, int sampleHeight) {
    }
}
