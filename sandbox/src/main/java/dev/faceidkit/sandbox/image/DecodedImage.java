package dev.faceidkit.sandbox.image;

import java.util.Optional;

/**
 * What the sandbox keeps of an image: its size, its fingerprint for comparisons and, for a solid image, its
 * colour.
 *
 * @param width       width in pixels
 * @param height      height in pixels
 * @param fingerprint for comparing faces
 * @param solidRgb    the colour of an image of one solid colour, or null
 */
public record DecodedImage(int width, int height, Fingerprint fingerprint, Integer solidRgb) {

    /** The test colour this image is, when it is a solid image of one of them. */
    public Optional<TestColor> testColor() {
        return solidRgb == null ? Optional.empty() : TestColor.matching(solidRgb);
    }

    public boolean isSolid() {
        return solidRgb != null;
    }
}
