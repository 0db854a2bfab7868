package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The face to verify with Verify 2.0.6 ({@code face_image_type}), one of four kinds:
 *
 * <ul>
 *   <li>{@link #megLive}: the output of the MegLive SDK (below 3.0): {@code delta}, {@code image_best},
 *       optionally {@code image_env}, up to five action images and {@code check_delta};</li>
 *   <li>{@link #faceToken}: a face found earlier by the detect API;</li>
 *   <li>{@link #rawImage}: a photo that did not go through detect, with {@link RawImageOptions};</li>
 *   <li>{@link #megLiveFlash}: the result file of the MegLiveFlash SDK.</li>
 * </ul>
 * Immutable; the {@code with...} methods of {@link MegLive} return copies.
 */
public abstract sealed class FaceImage permits FaceImage.MegLive, FaceImage.FaceToken, FaceImage.RawImage,
        FaceImage.MegLiveFlash {

    // Each kind is the face_image_type alternative whose schema title ends so (VerifyMegLiveImage, ...); its wire
    // value and what it requires come from the contract.
    private final String alternative;

    private FaceImage(String alternative) {
        this.alternative = alternative;
    }

    /** MegLive SDK output: the check string {@code delta} and the best image. */
    public static MegLive megLive(String delta, FileUpload imageBest) {
        return new MegLive(delta, imageBest, null, List.of(), null);
    }

    public static FaceToken faceToken(String faceToken) {
        return new FaceToken(faceToken);
    }

    /** A photo with the server's default detection options. */
    public static RawImage rawImage(FileUpload image) {
        return rawImage(image, RawImageOptions.defaults());
    }

    public static RawImage rawImage(FileUpload image, RawImageOptions options) {
        return new RawImage(image, Objects.requireNonNull(options, "options"));
    }

    public static MegLiveFlash megLiveFlash(FileUpload megLiveFlashResult) {
        return new MegLiveFlash(megLiveFlashResult);
    }

    /** Adds face_image_type and the fields of this kind, each checked against the contract. */
    final void addTo(FormFields.Builder form) {
        Variant variant = form.choose("face_image_type", alternative);
        addFields(form, variant);
        form.requireAll(variant, "");
    }

    abstract void addFields(FormFields.Builder form, Variant variant);

    /** {@code face_image_type=meglive}. */
    public static final class MegLive extends FaceImage {
        private final String delta;
        private final FileUpload imageBest;
        private final FileUpload imageEnv;
        private final List<FileUpload> actionImages;
        private final Boolean checkDelta;

        private MegLive(String delta, FileUpload imageBest, FileUpload imageEnv, List<FileUpload> actionImages,
                        Boolean checkDelta) {
            super("MegLiveImage");
            this.delta = delta;
            this.imageBest = imageBest;
            this.imageEnv = imageEnv;
            this.actionImages = actionImages;
            this.checkDelta = checkDelta;
        }

        /** {@code image_env}: the SDK's image for cloud fake-face detection (MegLive SDK 2.4.1+). */
        public MegLive withImageEnv(FileUpload imageEnv) {
            return new MegLive(delta, imageBest, imageEnv, actionImages, checkDelta);
        }

        /** {@code image_action1} to {@code image_action5}, in the order given; at most five. */
        public MegLive withActionImages(FileUpload... actionImages) {
            List<FileUpload> images = new ArrayList<>(Arrays.asList(actionImages));
            return new MegLive(delta, imageBest, imageEnv, Collections.unmodifiableList(images), checkDelta);
        }

        /** {@code check_delta}: refuse a {@code delta} used before (DELTA_USED), against replays. */
        public MegLive withCheckDelta(boolean checkDelta) {
            return new MegLive(delta, imageBest, imageEnv, actionImages, checkDelta);
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.text("delta", FieldCheck.required("delta", delta, variant))
                    .file("image_best", FieldCheck.required("image_best", imageBest, variant))
                    .file("image_env", imageEnv);
            int max = actionImages.isEmpty() ? 0 : form.numbered("image_action");
            if (actionImages.size() > max) {
                throw new IllegalArgumentException("image_action" + (max + 1) + " is not accepted: at"
                        + " most " + max + " action images (image_action1 to image_action" + max + "), "
                        + actionImages.size() + " given");
            }
            for (int i = 0; i < actionImages.size(); i++) {
                String field = "image_action" + (i + 1);
                form.file(field, FieldCheck.required(field, actionImages.get(i), variant));
            }
            form.flag("check_delta", checkDelta);
        }
    }

    /** {@code face_image_type=facetoken}. */
    public static final class FaceToken extends FaceImage {
        private final String faceToken;

        private FaceToken(String faceToken) {
            super("FaceTokenImage");
            this.faceToken = faceToken;
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.text("face_token", FieldCheck.required("face_token", faceToken, variant));
        }
    }

    /** {@code face_image_type=raw_image}. */
    public static final class RawImage extends FaceImage {
        private final FileUpload image;
        private final RawImageOptions options;

        private RawImage(FileUpload image, RawImageOptions options) {
            super("RawImage");
            this.image = image;
            this.options = options;
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.file("image", FieldCheck.required("image", image, variant));
            options.addTo(form);
        }
    }

    /** {@code face_image_type=meglive_flash}. */
    public static final class MegLiveFlash extends FaceImage {
        private final FileUpload result;

        private MegLiveFlash(FileUpload result) {
            super("MegLiveFlashImage");
            this.result = result;
        }

        @Override
        void addFields(FormFields.Builder form, Variant variant) {
            form.file("meglive_flash_result", FieldCheck.required("meglive_flash_result", result, variant));
        }
    }
}
