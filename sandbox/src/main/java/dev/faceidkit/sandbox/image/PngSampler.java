package dev.faceidkit.sandbox.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the sample pixels of the PNG layouts test photos use (8-bit RGB or grey, not interlaced) straight from the
 * inflated rows, without building a Java2D image: for a 240 × 320 photo that is about a third of ImageIO's time.
 * Anything else, and anything odd (a chunk that could change colours, such as {@code iCCP} or {@code tRNS}, a
 * damaged stream, an unknown filter), gives null, so that ImageIO reads it and stays the one authority on what a
 * file means. {@code ImageDecoderEquivalenceTest} holds both paths to the same results.
 */
final class PngSampler {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Chunks that leave the pixel values as ImageIO decodes them. */
    private static final Set<String> NEUTRAL_CHUNKS = Set.of(
            "IDAT", "IEND", "tEXt", "zTXt", "iTXt", "tIME", "pHYs", "gAMA", "cHRM", "sRGB", "bKGD", "sBIT");
    /** The largest image inflated whole here (about 1,600 × 1,600 RGB): a header may claim any size. */
    private static final long MAX_INFLATED_BYTES = 8L * 1024 * 1024;
    private static final int GREY = 0;
    private static final int RGB = 2;

    private PngSampler() {
    }

    /** The file's size and pixels at the given sampling, or null when ImageIO should read it. */
    static Sample sample(byte[] png, int maxSide, Sampling sampling) throws ImageRejectedException {
        if (!hasSignature(png) || png.length < 33 || !"IHDR".equals(type(png, 12)) || int32(png, 8) != 13) {
            return null;
        }
        int width = int32(png, 16);
        int height = int32(png, 20);
        int bitDepth = png[24];
        int colourType = png[25];
        boolean plain = png[26] == 0 && png[27] == 0 && png[28] == 0;
        if (width <= 0 || height <= 0 || bitDepth != 8 || (colourType != GREY && colourType != RGB) || !plain) {
            return null;
        }
        if (width > maxSide || height > maxSide) {
            throw new ImageRejectedException(ImageRejectedException.Reason.OVERSIZED);
        }
        byte[] compressed = imageData(png);
        if (compressed == null) {
            return null;
        }
        int channels = colourType == RGB ? 3 : 1;
        if (((long) width * channels + 1) * height > MAX_INFLATED_BYTES) {
            return null; // ImageIO keeps only the sample of a large image in memory
        }
        return unfilter(compressed, width, height, channels, sampling.of(width, height));
    }

    /** The IDAT chunks joined, or null when a chunk is not neutral or the file ends before IEND. */
    private static byte[] imageData(byte[] png) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
        int at = 33;
        while (at + 12 <= png.length) {
            int length = int32(png, at);
            String type = type(png, at + 4);
            if (length < 0 || at + 12L + length > png.length || !NEUTRAL_CHUNKS.contains(type)) {
                return null;
            }
            if (type.equals("IEND")) {
                return data.toByteArray();
            }
            if (type.equals("IDAT")) {
                data.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        return null;
    }

    private static Sample unfilter(byte[] compressed, int width, int height, int channels, Sampling.Periods periods) {
        int stride = width * channels + 1;
        // One inflate call for the whole image (bounded by MAX_INFLATED_BYTES): simpler than row by row, no slower.
        byte[] rows = new byte[stride * height];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            if (!inflateFully(inflater, rows)) {
                return null;
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        int sampleWidth = periods.sampleWidth();
        int[] pixels = new int[sampleWidth * periods.sampleHeight()];
        int out = 0;
        for (int y = 0; y < height; y++) {
            int start = y * stride;
            if (!reverseFilter(rows, start, stride, y == 0 ? -1 : start - stride, channels)) {
                return null;
            }
            if (y % periods.rows() == 0) {
                for (int x = 0; x < width; x += periods.columns()) {
                    int i = start + 1 + x * channels;
                    pixels[out++] = channels == 3
                            ? (rows[i] & 0xFF) << 16 | (rows[i + 1] & 0xFF) << 8 | (rows[i + 2] & 0xFF)
                            : (rows[i] & 0xFF) * 0x010101;
                }
            }
        }
        return new Sample(width, height, pixels, sampleWidth, periods.sampleHeight());
    }

    private static boolean inflateFully(Inflater inflater, byte[] into) throws DataFormatException {
        int filled = 0;
        while (filled < into.length) {
            int got = inflater.inflate(into, filled, into.length - filled);
            if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                return false;
            }
            filled += got;
        }
        return true;
    }

    /**
     * Undoes the filter of the row at {@code start} in place (its first byte is the filter type, as in the file;
     * {@code above} is where the previous row starts, -1 for the first); false for an unknown filter.
     */
    private static boolean reverseFilter(byte[] rows, int start, int stride, int above, int bpp) {
        int end = start + stride;
        switch (rows[start]) {
            case 0 -> {
            }
            case 1 -> {
                for (int i = start + 1 + bpp; i < end; i++) {
                    rows[i] += rows[i - bpp];
                }
            }
            case 2 -> {
                for (int i = start + 1; above >= 0 && i < end; i++) {
                    rows[i] += rows[i - stride];
                }
            }
            case 3 -> {
                for (int i = start + 1; i < end; i++) {
                    int left = i > start + bpp ? rows[i - bpp] & 0xFF : 0;
                    int up = above >= 0 ? rows[i - stride] & 0xFF : 0;
                    rows[i] += (byte) ((left + up) >> 1);
                }
            }
            case 4 -> {
                for (int i = start + 1; i < end; i++) {
                    int a = i > start + bpp ? rows[i - bpp] & 0xFF : 0;
                    int b = above >= 0 ? rows[i - stride] & 0xFF : 0;
                    int c = above >= 0 && i > start + bpp ? rows[i - stride - bpp] & 0xFF : 0;
                    rows[i] += (byte) paeth(a, b, c);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static boolean hasSignature(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static String type(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }
}
