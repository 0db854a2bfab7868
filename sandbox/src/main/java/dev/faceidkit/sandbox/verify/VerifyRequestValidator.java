package dev.faceidkit.sandbox.verify;

import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.form.Fields;
import dev.faceidkit.sandbox.form.FormRules;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.identity.IdNumbers;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Validates a Verify form in the order its fields are documented: the two selecting fields, the top-level
 * options, then the fields of the comparison and face-image alternatives chosen. Fields of an alternative not
 * chosen are neither required nor checked (DECISIONS.md, D-22).
 */
@Component
public class VerifyRequestValidator {

    // Behaviour follows the alternative chosen, named by its schema title in the contract; which value of
    // comparison_type or face_image_type chooses it, and what it requires, the contract says.
    private static final String DATA_SOURCE = "DataSourceComparison";

    private final FormRules rules;

    public VerifyRequestValidator(FormRules rules) {
        this.rules = rules;
    }

    public VerifyRequest validate(VerifyForm form) {
        FormRules.Rules verify = rules.of(ApiOperation.VERIFY);
        boolean dataSource = DATA_SOURCE.equals(verify.variant("comparison_type", form.comparisonType()).name());
        VerifyRequest.FaceImageType type = faceImageType(verify.variant("face_image_type", form.faceImageType()));
        boolean multiOriented = verify.flag("multi_oriented_detection", form.multiOrientedDetection());
        if (dataSource) {
            verify.required("idcard_name", form.idcardName());
            String number = verify.required("idcard_number", form.idcardNumber());
            if (!IdNumbers.isValid(number)) {
                throw FaceIdError.of(FaceIdErrorCode.INVALID_IDCARD_NUMBER);
            }
        } else {
            verify.required("uuid", form.uuid());
            Fields.required("image_ref1", form.imageRef1());
        }
        Map<String, MultipartFile> references =
                Fields.referencePhotos(form.imageRef1(), form.imageRef2(), form.imageRef3());
        return new VerifyRequest(dataSource, type, multiOriented,
                dataSource ? form.idcardName() : null, dataSource ? form.idcardNumber() : null, references,
                type == VerifyRequest.FaceImageType.MEGLIVE ? megLive(verify, form) : null,
                type == VerifyRequest.FaceImageType.FACETOKEN ? verify.required("face_token", form.faceToken()) : null,
                type == VerifyRequest.FaceImageType.RAW_IMAGE ? rawImage(verify, form) : null,
                type == VerifyRequest.FaceImageType.MEGLIVE_FLASH
                        ? Fields.required("meglive_flash_result", form.megliveFlashResult()) : null);
    }

    private static VerifyRequest.FaceImageType faceImageType(Variant variant) {
        return Arrays.stream(VerifyRequest.FaceImageType.values()).filter(t -> t.variant().equals(variant.name()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No behaviour for " + variant.name()));
    }

    private static VerifyRequest.MegLive megLive(FormRules.Rules verify, VerifyForm form) {
        String delta = verify.required("delta", form.delta());
        return new VerifyRequest.MegLive(delta, Fields.required("image_best", form.imageBest()), form.imageEnv(),
                form.imageActions(), verify.flag("check_delta", form.checkDelta()));
    }

    private static VerifyRequest.RawImage rawImage(FormRules.Rules verify, VerifyForm form) {
        return new VerifyRequest.RawImage(Fields.required("image", form.image()),
                verify.flag("fail_when_multiple_faces", form.failWhenMultipleFaces()),
                verify.integer("face_quality_threshold", form.faceQualityThreshold()),
                verify.flag("return_faces", form.returnFaces()));
    }
}
