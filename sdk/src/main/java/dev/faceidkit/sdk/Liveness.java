package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import java.util.Objects;

/**
 * The liveness procedure a get_biz_token session runs ({@code liveness_type}), one of four kinds:
 *
 * <ul>
 *   <li>{@link #megLive}: action liveness, with {@code liveness_action_count},
 *       {@code face_replace_detection} and {@code liveness_timeout} per action;</li>
 *   <li>{@link #still}: still liveness, with {@code eyes_close_detection} and {@code liveness_timeout};</li>
 *   <li>{@link #flash}: flash liveness, with {@code eyes_close_detection} and {@code flash_liveness_timeout};</li>
 *   <li>{@link #rawImage}: no liveness, an uploaded {@code image} with {@link RawImageOptions}.</li>
 * </ul>
 * Every value is checked against the contract's range when the request is built. Unset options are not sent, so
 * the server defaults apply. Immutable; the {@code with...} methods return
 * copies.
 */
public abstract sealed class Liveness permits Liveness.MegLive, Liveness.Still, Liveness.Flash, Liveness.RawImage {

    // Each kind is the liveness_type alternative whose schema title ends so (BizTokenMegLiveLiveness, ...); its
    // wire value, what it requires and every range come from the contract.
    private final String alternative;

    private Liveness(String alternative) {
        this.alternative = alternative;
    }

    public static MegLive megLive() {
        return new MegLive(null, null, null);
    }

    public static Still still() {
        return new Still(null, null);
    }

    public static Flash flash() {
        return new Flash(null, null);
    }

    public static RawImage rawImage(FileUpload image) {
        return rawImage(image, RawImageOptions.defaults());
    }

    public static RawImage rawImage(FileUpload image, RawImageOptions options) {
        return new RawImage(image, Objects.requireNonNull(options, "options"));
    }

    /** Adds liveness_type and the fields of this kind, each checked against the contract. */
    final void addTo(FormFields.Builder form) {
        Variant variant = form.choose("liveness_type", alternative);
        addFields(form, variant);
        form.requireAll(variant, "");
    }

    abstract void addFields(FormFields.Builder form, Variant variant);

    /** {@code liveness_type=meglive}: action liveness. */
    public static final class MegLive extends Liveness {
        private final Integer actionCount;
        private final Boolean faceReplaceDetection;
        private final Integer timeoutSeconds;

        private MegLive(Integer actionCount, Boolean faceReplaceDetection, Integer timeoutSeconds) {
            super("MegLiveLiveness");
            this.actionCount = actionCount;
            this.faceReplaceDetection = faceReplaceDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code liveness_action_count}: the number of actions. */
        public MegLive withActionCount(int actionCount) {
            return new MegLive(actionCount, faceReplaceDetection, timeoutSeconds);
        }

        /** {@code face_replace_detection}: compare every action capture with the reference (default on). */
        public MegLive withFaceReplaceDetection(boolean on) {
            return new MegLive(actionCount, on, timeoutSeconds);
        }

        /** {@code liveness_timeout}: seconds per action (the server's default is 10). */
        public MegLive withLivenessTimeout(int seconds) {
            return new MegLive(actionCount, faceReplaceDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.integer("liveness_action_count", actionCount)
                    .flag("face_replace_detection", faceReplaceDetection)
                    .integer("liveness_timeout", timeoutSeconds);
        }
    }

    /** {@code liveness_type=still}: still (silent) liveness. */
    public static final class Still extends Liveness {
        private final Boolean eyesCloseDetection;
        private final Integer timeoutSeconds;

        private Still(Boolean eyesCloseDetection, Integer timeoutSeconds) {
            super("StillLiveness");
            this.eyesCloseDetection = eyesCloseDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code eyes_close_detection}: fail when the eyes stay closed throughout (slower; default off). */
        public Still withEyesCloseDetection(boolean on) {
            return new Still(on, timeoutSeconds);
        }

        /** {@code liveness_timeout}: seconds to face the camera (the server's default is 60). */
        public Still withLivenessTimeout(int seconds) {
            return new Still(eyesCloseDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.flag("eyes_close_detection", eyesCloseDetection)
                    .integer("liveness_timeout", timeoutSeconds);
        }
    }

    /** {@code liveness_type=flash}: flash liveness. */
    public static final class Flash extends Liveness {
        private final Boolean eyesCloseDetection;
        private final Integer timeoutSeconds;

        private Flash(Boolean eyesCloseDetection, Integer timeoutSeconds) {
            super("FlashLiveness");
            this.eyesCloseDetection = eyesCloseDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code eyes_close_detection}: fail when the eyes stay closed throughout (slower; default off). */
        public Flash withEyesCloseDetection(boolean on) {
            return new Flash(on, timeoutSeconds);
        }

        /** {@code flash_liveness_timeout}: seconds to complete flash liveness. */
        public Flash withFlashLivenessTimeout(int seconds) {
            return new Flash(eyesCloseDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.flag("eyes_close_detection", eyesCloseDetection)
                    .integer("flash_liveness_timeout", timeoutSeconds);
        }
    }

    /** {@code liveness_type=raw_image}: no liveness, only the uploaded image is compared. */
    public static final class RawImage extends Liveness {
        private final FileUpload image;
        private final RawImageOptions options;

        private RawImage(FileUpload image, RawImageOptions options) {
            super("RawImageLiveness");
            this.image = image;
            this.options = options;
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.file("image", FieldCheck.required("image", image, variant));
            options.addTo(form);
        }
    }
}
