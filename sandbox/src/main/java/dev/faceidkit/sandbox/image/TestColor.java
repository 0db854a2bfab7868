package dev.faceidkit.sandbox.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox's test images: an image of one solid colour from this table stands for a photo with the property
 * named (the way a payment sandbox has test card numbers). A solid image of any other colour shows no face; an
 * image that is not of one solid colour shows one upright face of good quality.
 */
public enum TestColor {
    TWO_FACES(0xFF0000, "two-faces", "two faces, the larger first"),
    LOW_QUALITY(0x0000FF, "low-quality", "one face of quality 12.304 (below the default threshold 30)"),
    ROTATED_90(0x00FF00, "rotated-90", "one face turned 90 degrees, found only with multi_oriented_detection=1"),
    ROTATED_180(0xFFA500, "rotated-180", "one face upside down, found only with multi_oriented_detection=1"),
    ROTATED_270(0x800080, "rotated-270", "one face turned 270 degrees, found only with multi_oriented_detection=1"),
    MASK(0xFF00FF, "mask", "one face that is a mask"),
    SYNTHETIC_FACE(0x00FFFF, "synthetic-face", "one software-synthesised face"),
    SCREEN_REPLAY(0xFFFF00, "screen-replay", "one face filmed off a screen");

    /** How far a channel of the image's mean colour may be from the table's (JPEG shifts solid colours a little). */
    private static final int TOLERANCE = 40;

    private final int rgb;
    private final String slug;
    private final String meaning;

    TestColor(int rgb, String slug, String meaning) {
        this.rgb = rgb;
        this.slug = slug;
        this.meaning = meaning;
    }

    public int rgb() {
        return rgb;
    }

    /** Name of the ready-made image at {@code /sandbox/images/<slug>.png}. */
    public String slug() {
        return slug;
    }

    public String meaning() {
        return meaning;
    }

    public String hex() {
        return String.format("#%06X", rgb);
    }

    /** The test colour a solid image of this mean colour stands for, if any. */
    static Optional<TestColor> matching(int meanRgb) {
        return Arrays.stream(values()).filter(color -> close(color.rgb, meanRgb)).findFirst();
    }

    public static Optional<TestColor> bySlug(String slug) {
        return Arrays.stream(values()).filter(color -> color.slug.equals(slug)).findFirst();
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
