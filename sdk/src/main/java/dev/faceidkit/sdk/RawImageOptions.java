package dev.faceidkit.sdk;

import dev.faceidkit.sdk.internal.FormFields;

/**
 * How faces are detected in an uploaded photo ({@code image}) that did not go through liveness: the options
 * of verify's {@code face_image_type=raw_image} and get_biz_token's {@code liveness_type=raw_image}. Unset
 * options are not sent, so the server defaults apply (fail on several faces, threshold 30, no faces returned).
 * Immutable; each setter returns a copy.
 */
public final class RawImageOptions {

    private static final RawImageOptions DEFAULTS = new RawImageOptions(null, null, null);

    private final Boolean failWhenMultipleFaces;
    private final Integer faceQualityThreshold;
    private final Boolean returnFaces;

    private RawImageOptions(Boolean failWhenMultipleFaces, Integer faceQualityThreshold, Boolean returnFaces) {
        this.failWhenMultipleFaces = failWhenMultipleFaces;
        this.faceQualityThreshold = faceQualityThreshold;
        this.returnFaces = returnFaces;
    }

    /** No option set: every server default applies. */
    public static RawImageOptions defaults() {
        return DEFAULTS;
    }

    /** {@code fail_when_multiple_faces}: true fails on several faces, false goes on with the largest one. */
    public RawImageOptions failWhenMultipleFaces(boolean fail) {
        return new RawImageOptions(fail, faceQualityThreshold, returnFaces);
    }

    /** {@code face_quality_threshold}: the contract's range (0 to 100); a face below it is refused with LOW_QUALITY. */
    public RawImageOptions faceQualityThreshold(int threshold) {
        return new RawImageOptions(failWhenMultipleFaces, threshold, returnFaces);
    }

    /** {@code return_faces}: whether the response carries the detected faces. */
    public RawImageOptions returnFaces(boolean returnFaces) {
        return new RawImageOptions(failWhenMultipleFaces, faceQualityThreshold, returnFaces);
    }

    void addTo(FormFields.Builder form) {
        form.flag("fail_when_multiple_faces", failWhenMultipleFaces)
                .integer("face_quality_threshold", faceQualityThreshold)
                .flag("return_faces", returnFaces);
    }
}
