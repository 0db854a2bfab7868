package dev.faceidkit.sandbox.verify;

import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * A Verify form that passed validation. The fields of the face-image alternative not chosen are null.
 *
 * @param dataSource    data-source comparison ({@code comparison_type=1})
 * @param multiOriented rotation detection for {@code image} and the reference photos
 * @param references    the reference photos sent, by field name, in order
 */
public record VerifyRequest(
        boolean dataSource,
        FaceImageType faceImageType,
        boolean multiOriented,
        String idcardName,
        String idcardNumber,
        Map<String, MultipartFile> references,
        MegLive megLive,
        String faceToken,
        RawImage rawImage,
        MultipartFile megliveFlashResult) {

    /** Where the face to verify comes from ({@code face_image_type}). */
    public enum FaceImageType {
        MEGLIVE("VerifyMegLiveImage"), FACETOKEN("VerifyFaceTokenImage"), RAW_IMAGE("VerifyRawImage"),
        MEGLIVE_FLASH("VerifyMegLiveFlashImage");

        private final String variant;

        FaceImageType(String variant) {
            this.variant = variant;
        }

        /** The schema title of the contract's face_image_type alternative this kind is. */
        public String variant() {
            return variant;
        }
    }

    /** The MegLive SDK's output; {@code actions} holds {@code image_action1…} in order, null where not sent. */
    public record MegLive(String delta, MultipartFile best, MultipartFile environment, List<MultipartFile> actions,
                          boolean checkDelta) {
    }

    /** A photo not run through detect, with its detection options. */
    public record RawImage(MultipartFile image, boolean failWhenMultipleFaces, int qualityThreshold,
                           boolean returnFaces) {
    }
}
