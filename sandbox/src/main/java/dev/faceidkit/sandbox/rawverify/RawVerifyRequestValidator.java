package dev.faceidkit.sandbox.rawverify;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.form.Fields;
import dev.faceidkit.sandbox.identity.IdNumbers;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Validates a Raw-Verify form in the order its fields are documented; fields of the comparison alternative not
 * chosen are neither required nor checked (DECISIONS.md, D-22).
 */
@Component
public class RawVerifyRequestValidator {

    private static final int MAX_BIZ_NO_CHARACTERS = 128;
    private static final int MAX_NAME_CHARACTERS = 32;
    private static final int MAX_UUID_BYTES = 512;

    public RawVerifyRequest validate(RawVerifyForm form) {
        String token = Fields.required("token", form.token());
        boolean dataSource = "1".equals(Fields.requiredChoice("comparison_type", form.comparisonType(), "0", "1"));
        Fields.maxCharacters("biz_no", form.bizNo(), MAX_BIZ_NO_CHARACTERS);
        String preferences = Fields.choice("liveness_preferences", form.livenessPreferences(), "none",
                "none", RawVerifyRequest.NO_METADATA_CHECK, "video_strict");
        boolean multiOriented = Fields.flag("multi_oriented_detection", form.multiOrientedDetection(), false);
        if (dataSource) {
            String name = Fields.required("idcard_name", form.idcardName());
            String number = Fields.required("idcard_number", form.idcardNumber());
            if (Fields.nameTooLong(name, MAX_NAME_CHARACTERS)) {
                throw FaceIdError.of(FaceIdErrorCode.INVALID_NAME_FORMAT);
            }
            if (!IdNumbers.isValid(number)) {
                throw FaceIdError.of(FaceIdErrorCode.INVALID_IDCARD_NUMBER);
            }
        } else {
            Fields.required("uuid", form.uuid());
            Fields.maxUtf8Bytes("uuid", form.uuid(), MAX_UUID_BYTES);
            Fields.required("image_ref1", form.imageRef1());
        }
        Map<String, MultipartFile> references =
                Fields.referencePhotos(form.imageRef1(), form.imageRef2(), form.imageRef3());
        return new RawVerifyRequest(token, dataSource, preferences, multiOriented,
                dataSource ? form.idcardName() : null, dataSource ? form.idcardNumber() : null, references);
    }
}
