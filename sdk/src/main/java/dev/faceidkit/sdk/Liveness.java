package dev.faceidkit.sdk;

import java.util.Objects;

/**
 * The liveness procedure a get_biz_token session runs ({@code liveness_type}), one of four kinds:
 *
 * <ul>
 *   <li>{@link #megLive}: action liveness, with {@code liveness_action_count} (1 to 3),
 *       {@code face_replace_detection} and {@code liveness_timeout} per action (5 to 60 s);</li>
 *   <li>{@link #still}: still liveness, with {@code eyes_close_detection} and {@code liveness_timeout}
 *       (5 to 60 s);</li>
 *   <li>{@link #flash}: flash liveness, with {@code eyes_close_detection} and {@code flash_liveness_timeout}
 *       (60 to 180 s);</li>
 *   <li>{@link #rawImage}: no liveness, an uploaded {@code image} with {@link RawImageOptions}.</li>
 * </ul>
 * Unset options are not sent, so the server defaults apply. Immutable; the {@code with...} methods return
 * copies.
 */
public abstract sealed class Liveness permits Liveness.MegLive, Liveness.Still, Liveness.Flash, Liveness.RawImage {

    private final String livenessType;

    private Liveness(String livenessType) {
        this.livenessType = livenessType;
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

    /** Validates and adds liveness_type and the fields of this kind. */
    final void addTo(FormFields.Builder form) {
        form.text("liveness_type", livenessType);
        addFields(form, "for liveness_type=" + livenessType);
    }

    abstract void addFields(FormFields.Builder form, String context);

    private static String livenessTimeout(Integer seconds) {
        return FieldCheck.integerInRange("liveness_timeout", seconds, 5, 60);
    }

    /** {@code liveness_type=meglive}: action liveness. */
    public static final class MegLive extends Liveness {
        private final Integer actionCount;
        private final Boolean faceReplaceDetection;
        private final Integer timeoutSeconds;

        private MegLive(Integer actionCount, Boolean faceReplaceDetection, Integer timeoutSeconds) {
            super("meglive");
            this.actionCount = actionCount;
            this.faceReplaceDetection = faceReplaceDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code liveness_action_count}: 1 to 3 actions (server default 3). */
        public MegLive withActionCount(int actionCount) {
            return new MegLive(actionCount, faceReplaceDetection, timeoutSeconds);
        }

        /** {@code face_replace_detection}: compare every action capture with the reference (default on). */
        public MegLive withFaceReplaceDetection(boolean on) {
            return new MegLive(actionCount, on, timeoutSeconds);
        }

        /** {@code liveness_timeout}: seconds per action, 5 to 60 (server default 10). */
        public MegLive withLivenessTimeout(int seconds) {
            return new MegLive(actionCount, faceReplaceDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, String context) {
            form.text("liveness_action_count", FieldCheck.integerInRange("liveness_action_count", actionCount, 1, 3))
                    .text("face_replace_detection", FieldCheck.flag(faceReplaceDetection))
                    .text("liveness_timeout", livenessTimeout(timeoutSeconds));
        }
    }

    /** {@code liveness_type=still}: still (silent) liveness. */
    public static final class Still extends Liveness {
        private final Boolean eyesCloseDetection;
        private final Integer timeoutSeconds;

        private Still(Boolean eyesCloseDetection, Integer timeoutSeconds) {
            super("still");
            this.eyesCloseDetection = eyesCloseDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code eyes_close_detection}: fail when the eyes stay closed throughout (slower; default off). */
        public Still withEyesCloseDetection(boolean on) {
            return new Still(on, timeoutSeconds);
        }

        /** {@code liveness_timeout}: seconds to face the camera, 5 to 60 (server default 60). */
        public Still withLivenessTimeout(int seconds) {
            return new Still(eyesCloseDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, String context) {
            form.text("eyes_close_detection", FieldCheck.flag(eyesCloseDetection))
                    .text("liveness_timeout", livenessTimeout(timeoutSeconds));
        }
    }

    /** {@code liveness_type=flash}: flash liveness. */
    public static final class Flash extends Liveness {
        private final Boolean eyesCloseDetection;
        private final Integer timeoutSeconds;

        private Flash(Boolean eyesCloseDetection, Integer timeoutSeconds) {
            super("flash");
            this.eyesCloseDetection = eyesCloseDetection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** {@code eyes_close_detection}: fail when the eyes stay closed throughout (slower; default off). */
        public Flash withEyesCloseDetection(boolean on) {
            return new Flash(on, timeoutSeconds);
        }

        /** {@code flash_liveness_timeout}: seconds to complete flash liveness, 60 to 180 (server default 120). */
        public Flash withFlashLivenessTimeout(int seconds) {
            return new Flash(eyesCloseDetection, seconds);
        }

        @Override
        void addFields(FormFields.Builder form, String context) {
            form.text("eyes_close_detection", FieldCheck.flag(eyesCloseDetection))
                    .text("flash_liveness_timeout",
                            FieldCheck.integerInRange("flash_liveness_timeout", timeoutSeconds, 60, 180));
        }
    }

    /** {@code liveness_type=raw_image}: no liveness, only the uploaded image is compared. */
    public static final class RawImage extends Liveness {
        private final FileUpload image;
        private final RawImageOptions options;

        private RawImage(FileUpload image, RawImageOptions options) {
            super("raw_image");
            this.image = image;
            this.options = options;
        }

        @Override
        void addFields(FormFields.Builder form, String context) {
            form.file("image", FieldCheck.required("image", image, context));
            options.addTo(form);
        }
    }
}
