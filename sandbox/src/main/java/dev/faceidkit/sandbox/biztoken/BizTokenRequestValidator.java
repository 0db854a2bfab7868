package dev.faceidkit.sandbox.biztoken;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.form.Fields;
import org.springframework.stereotype.Component;

/**
 * Validates a get_biz_token form in the order its fields are documented. Only the limits this operation documents
 * apply (DECISIONS.md, D-39): no length limit on {@code idcard_name}, and an {@code idcard_number} of exactly 18
 * characters, anything else {@code BAD_ARGUMENTS: idcard_number}. Fields of an alternative not chosen are neither
 * required nor checked (D-22).
 */
@Component
public class BizTokenRequestValidator {

    private static final int MAX_BIZ_NO_BYTES = 128;
    private static final int MAX_UUID_BYTES = 128;
    private static final int ID_NUMBER_CHARACTERS = 18;

    public BizTokenRequest validate(BizTokenForm form) {
        String livenessType = Fields.requiredChoice("liveness_type", form.livenessType(),
                "meglive", "still", "flash", "raw_image");
        boolean dataSource = "1".equals(Fields.requiredChoice("comparison_type", form.comparisonType(), "0", "1"));
        Fields.maxUtf8Bytes("biz_no", form.bizNo(), MAX_BIZ_NO_BYTES);
        Fields.integer("liveness_timeout", form.livenessTimeout(), 10, 5, 60);
        Fields.flag("verbose", form.verbose(), true);
        Fields.choice("security_level", form.securityLevel(), "2", "1", "2", "3", "4");
        Fields.flag("force_compare", form.forceCompare(), false);
        boolean multiOriented = Fields.flag("multi_oriented_detection", form.multiOrientedDetection(), true);
        Fields.choice("liveness_level", form.livenessLevel(), "0", "0", "1", "2");
        Fields.flag("maximum_brightness", form.maximumBrightness(), false);
        Fields.choice("get_liveness_video", form.getLivenessVideo(), "0", "0", "1", "2", "3");
        Fields.flag("device_risk", form.deviceRisk(), false);
        Fields.flag("multiple_faces_detection", form.multipleFacesDetection(), false);
        String person = dataSource ? identity(form) : faceComparison(form);
        BizTokenRequest.RawImage image = livenessOptions(livenessType, form);
        return new BizTokenRequest(livenessType, dataSource, form.bizNo(), person, multiOriented,
                Fields.referencePhotos(form.imageRef1(), form.imageRef2()), image);
    }

    private static String identity(BizTokenForm form) {
        Fields.required("idcard_name", form.idcardName());
        String number = Fields.required("idcard_number", form.idcardNumber());
        if (number.codePointCount(0, number.length()) != ID_NUMBER_CHARACTERS) {
            throw FaceIdError.bad("idcard_number");
        }
        return number;
    }

    private static String faceComparison(BizTokenForm form) {
        String uuid = Fields.required("uuid", form.uuid());
        Fields.maxUtf8Bytes("uuid", uuid, MAX_UUID_BYTES);
        Fields.required("image_ref1", form.imageRef1());
        return uuid;
    }

    /** Checks the options of the liveness type chosen; returns the raw image for {@code raw_image}. */
    private static BizTokenRequest.RawImage livenessOptions(String livenessType, BizTokenForm form) {
        switch (livenessType) {
            case "meglive" -> {
                Fields.choice("liveness_action_count", form.livenessActionCount(), "3", "1", "2", "3");
                Fields.flag("face_replace_detection", form.faceReplaceDetection(), true);
            }
            case "still" -> Fields.flag("eyes_close_detection", form.eyesCloseDetection(), false);
            case "flash" -> {
                Fields.flag("eyes_close_detection", form.eyesCloseDetection(), false);
                Fields.integer("flash_liveness_timeout", form.flashLivenessTimeout(), 120, 60, 180);
            }
            default -> {
                Fields.flag("return_faces", form.returnFaces(), false);
                return new BizTokenRequest.RawImage(Fields.required("image", form.image()),
                        Fields.flag("fail_when_multiple_faces", form.failWhenMultipleFaces(), true),
                        Fields.integer("face_quality_threshold", form.faceQualityThreshold(), 30, 0, 100));
            }
        }
        return null;
    }
}
