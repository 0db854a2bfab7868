package dev.faceidkit.sandbox.rawverify;

import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * A Raw-Verify form that passed validation.
 *
 * @param dataSource  data-source comparison ({@code comparison_type=1})
 * @param preferences {@code liveness_preferences}
 * @param references  the reference photos sent, by field name, in order
 */
public record RawVerifyRequest(String token, boolean dataSource, String preferences, boolean multiOriented,
                               String idcardName, String idcardNumber, Map<String, MultipartFile> references) {

    public static final String NO_METADATA_CHECK = "selfie_no_metadata_check";
}
