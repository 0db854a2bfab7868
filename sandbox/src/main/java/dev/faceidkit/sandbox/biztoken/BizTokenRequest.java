package dev.faceidkit.sandbox.biztoken;

import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * A get_biz_token form that passed validation; what the sandbox needs of it.
 *
 * @param dataSource    KYC verification ({@code comparison_type=1})
 * @param person        the ID number (KYC) or uuid (face comparison) that retry limits count by
 * @param multiOriented rotation detection for the reference photos (on by default here)
 * @param references    the reference photos sent, by field name, in order
 * @param image         the raw image ({@code liveness_type=raw_image}), or null
 */
public record BizTokenRequest(String livenessType, boolean dataSource, String bizNo, String person,
                              boolean multiOriented, Map<String, MultipartFile> references, RawImage image) {

    /** The photo compared without liveness, with its detection options. */
    public record RawImage(MultipartFile file, boolean failWhenMultipleFaces, int qualityThreshold) {
    }
}
