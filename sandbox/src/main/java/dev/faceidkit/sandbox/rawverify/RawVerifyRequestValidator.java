package dev.faceidkit.sandbox.rawverify;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.form.Fields;
import dev.faceidkit.sandbox.form.FormRules;
import dev.faceidkit.sandbox.http.ApiOperation;
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

    // Behaviour follows the alternative chosen, named by its schema title in the contract.
    private static final String DATA_SOURCE = "DataSourceComparison";

    private final FormRules rules;

    public RawVerifyRequestValidator(FormRules rules) {
        this.rules = rules;
    }

    public RawVerifyRequest validate(RawVerifyForm form) {
        FormRules.Rules rawVerify = rules.of(ApiOperation.RAW_VERIFY);
        String token = rawVerify.required("token", form.token());
        boolean dataSource = DATA_SOURCE.equals(rawVerify.variant("comparison_type", form.comparisonType()).name());
        rawVerify.check("biz_no", form.bizNo());
        String preferences = rawVerify.value("liveness_preferences", form.livenessPreferences());
        boolean multiOriented = rawVerify.flag("multi_oriented_detection", form.multiOrientedDetection());
        if (dataSource) {
            rawVerify.required("idcard_name", form.idcardName());
            String number = rawVerify.required("idcard_number", form.idcardNumber());
            if (!IdNumbers.isValid(number)) {
                throw FaceIdError.of(FaceIdErrorCode.INVALID_IDCARD_NUMBER);
            }
        } else {
            rawVerify.required("uuid", form.uuid());
            Fields.required("image_ref1", form.imageRef1());
        }
        Map<String, MultipartFile> references =
                Fields.referencePhotos(form.imageRef1(), form.imageRef2(), form.imageRef3());
        return new RawVerifyRequest(token, dataSource, preferences, multiOriented,
                dataSource ? form.idcardName() : null, dataSource ? form.idcardNumber() : null, references);
    }
}
