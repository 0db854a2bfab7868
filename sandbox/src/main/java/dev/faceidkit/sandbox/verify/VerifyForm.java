package dev.faceidkit.sandbox.verify;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Verify 2.0.6 form as received (credentials aside, which {@code ApiAccessInterceptor} handles): every field
 * as sent, absent ones null.
 *
 * @param imageActions {@code image_action1} to {@code image_action5}, in order, with null for those not sent
 */
public record VerifyForm(
        String comparisonType,
        String faceImageType,
        String multiOrientedDetection,
        String idcardName,
        String idcardNumber,
        MultipartFile imageRef1,
        MultipartFile imageRef2,
        MultipartFile imageRef3,
        String uuid,
        String delta,
        MultipartFile imageBest,
        MultipartFile imageEnv,
        List<MultipartFile> imageActions,
        String checkDelta,
        String faceToken,
        MultipartFile image,
        String failWhenMultipleFaces,
        String faceQualityThreshold,
        String returnFaces,
        MultipartFile megliveFlashResult) {
}
