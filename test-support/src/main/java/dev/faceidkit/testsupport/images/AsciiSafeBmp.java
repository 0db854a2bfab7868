package dev.faceidkit.testsupport.images;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.BiFunction;

/**
 * Writes an uncompressed 24-bit BMP in which every byte is below 0x80 and none is CR or LF, so that a proxy that
 * round-trips the body through a UTF-8 string (Prism) forwards it unchanged. Channel values are clamped to
 * [{@value #MIN}, {@value #MAX}]; the header's sizes must stay 7-bit too, which {@link #write} checks.
 */
public final class AsciiSafeBmp {

    public static final int MIN = 16;
    public static final int MAX = 127;
    private static final int HEADER = 54;

    private AsciiSafeBmp() {
    }

    public static byte[] write(int width, int height, BiFunction<Integer, Integer, Color> pixel) {
        int rowBytes = (width * 3 + 3) / 4 * 4;
        int imageBytes = rowBytes * height;
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + imageBytes);
        out.write('B');
        out.write('M');
        int32(out, HEADER + imageBytes);
        int32(out, 0);              // reserved
        int32(out, HEADER);         // offset of the pixels
        int32(out, 40);             // BITMAPINFOHEADER
        int32(out, width);
        int32(out, height);
        int16(out, 1);              // planes
        int16(out, 24);             // bits per pixel
        int32(out, 0);              // no compression
        int32(out, imageBytes);
        int32(out, 0);              // resolution x, y: unspecified
        int32(out, 0);
        int32(out, 0);              // palette colours
        int32(out, 0);
        for (int y = height - 1; y >= 0; y--) { // bottom-up rows
            for (int x = 0; x < width; x++) {
                Color c = pixel.apply(x, y);
                out.write(clamp(c.getBlue()));
                out.write(clamp(c.getGreen()));
                out.write(clamp(c.getRed()));
            }
            for (int pad = width * 3; pad < rowBytes; pad++) {
                out.write(0);
            }
        }
        byte[] bytes = out.toByteArray();
        for (byte b : bytes) {
            if (b < 0 || b == '\r' || b == '\n') {
                throw new IllegalArgumentException("a " + width + "x" + height + " BMP has a header byte that is not"
                        + " 7-bit safe: choose other dimensions");
            }
        }
        return bytes;
    }

    private static int clamp(int channel) {
        return Math.max(MIN, Math.min(MAX, channel));
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value & 0xFFFF);
        int16(out, value >>> 16);
    }
}
