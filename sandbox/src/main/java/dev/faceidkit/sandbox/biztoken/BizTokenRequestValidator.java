package dev.faceidkit.sandbox.biztoken;

import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sandbox.form.Fields;
import dev.faceidkit.sandbox.form.FormRules;
import dev.faceidkit.sandbox.http.ApiOperation;
import org.springframework.stereotype.Component;

/**
 * Validates a get_biz_token form in the order its fields are documented. Only the limits this operation documents
 * apply (DECISIONS.md, D-39): no length limit on {@code idcard_name}, and an {@code idcard_number} of exactly 18
 * characters, anything else {@code BAD_ARGUMENTS: idcard_number}. Fields of an alternative not chosen are neither
 * required nor checked (D-22).
 */
@Component
public class BizTokenRequestValidator {

    // Behaviour follows the alternative chosen, named by its schema title in the contract.
    private static final String DATA_SOURCE = "BizTokenDataSourceComparison";
    private static final String MEGLIVE = "BizTokenMegLiveLiveness";
    private static final String STILL = "BizTokenStillLiveness";
    private static final String FLASH = "BizTokenFlashLiveness";
    // The contract states liveness_timeout's default only in prose: 10 s per action, 60 s for still liveness.
    private static final int PROSE_LIVENESS_TIMEOUT = 10;

    private final FormRules rules;

    public BizTokenRequestValidator(FormRules rules) {
        this.rules = rules;
    }

    public BizTokenRequest validate(BizTokenForm form) {
        FormRules.Rules bizToken = rules.of(ApiOperation.GET_BIZ_TOKEN);
        Variant liveness = bizToken.variant("liveness_type", form.livenessType());
        boolean dataSource = DATA_SOURCE.equals(bizToken.variant("comparison_type", form.comparisonType()).name());
        bizToken.check("biz_no", form.bizNo());
        bizToken.integer("liveness_timeout", form.livenessTimeout(), PROSE_LIVENESS_TIMEOUT);
        bizToken.flag("verbose", form.verbose());
        bizToken.value("security_level", form.securityLevel());
        bizToken.flag("force_compare", form.forceCompare());
        boolean multiOriented = bizToken.flag("multi_oriented_detection", form.multiOrientedDetection());
        bizToken.value("liveness_level", form.livenessLevel());
        bizToken.flag("maximum_brightness", form.maximumBrightness());
        bizToken.value("get_liveness_video", form.getLivenessVideo());
        bizToken.flag("device_risk", form.deviceRisk());
        bizToken.flag("multiple_faces_detection", form.multipleFacesDetection());
        String person = dataSource ? identity(bizToken, form) : faceComparison(bizToken, form);
        BizTokenRequest.RawImage image = livenessOptions(bizToken, liveness, form);
        return new BizTokenRequest(liveness.selectorValue(), dataSource, form.bizNo(), person, multiOriented,
                Fields.referencePhotos(form.imageRef1(), form.imageRef2()), image);
    }

    private static String identity(FormRules.Rules bizToken, BizTokenForm form) {
        bizToken.required("idcard_name", form.idcardName());
        return bizToken.required("idcard_number", form.idcardNumber());
    }

    private static String faceComparison(FormRules.Rules bizToken, BizTokenForm form) {
        String uuid = bizToken.required("uuid", form.uuid());
        Fields.required("image_ref1", form.imageRef1());
        return uuid;
    }

    /** Checks the fields of the liveness alternative chosen; returns the raw image for raw-image liveness. */
    private static BizTokenRequest.RawImage livenessOptions(FormRules.Rules bizToken, Variant liveness,
                                                            BizTokenForm form) {
        switch (liveness.name()) {
            case MEGLIVE -> {
                bizToken.check("liveness_action_count", form.livenessActionCount());
                bizToken.check("face_replace_detection", form.faceReplaceDetection());
            }
            case STILL -> bizToken.check("eyes_close_detection", form.eyesCloseDetection());
            case FLASH -> {
                bizToken.check("eyes_close_detection", form.eyesCloseDetection());
                bizToken.check("flash_liveness_timeout", form.flashLivenessTimeout());
            }
            default -> {
                return rawImage(bizToken, form);
            }
        }
        return null;
    }

    private static BizTokenRequest.RawImage rawImage(FormRules.Rules bizToken, BizTokenForm form) {
        bizToken.flag("return_faces", form.returnFaces());
        return new BizTokenRequest.RawImage(Fields.required("image", form.image()),
                bizToken.flag("fail_when_multiple_faces", form.failWhenMultipleFaces()),
                bizToken.integer("face_quality_threshold", form.faceQualityThreshold()));
    }
}
