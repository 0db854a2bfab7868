package dev.faceidkit.sandbox.biztoken;

import org.springframework.web.multipart.MultipartFile;

/** The get_biz_token form as received (sign aside, which {@code ApiAccessInterceptor} handles). */
public record BizTokenForm(
        String livenessType,
        String comparisonType,
        String bizNo,
        String livenessTimeout,
        String verbose,
        String securityLevel,
        String forceCompare,
        String multiOrientedDetection,
        String livenessLevel,
        String maximumBrightness,
        String getLivenessVideo,
        String deviceRisk,
        String multipleFacesDetection,
        String idcardName,
        String idcardNumber,
        MultipartFile imageRef1,
        MultipartFile imageRef2,
        String uuid,
        String livenessActionCount,
        String faceReplaceDetection,
        String eyesCloseDetection,
        String flashLivenessTimeout,
        MultipartFile image,
        String failWhenMultipleFaces,
        String faceQualityThreshold,
        String returnFaces) {
}
