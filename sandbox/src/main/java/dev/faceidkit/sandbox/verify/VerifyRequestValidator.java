package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.form.Fields;
import dev.faceidkit.sandbox.identity.IdNumbers;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
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

    private static final int MAX_NAME_CHARACTERS = 32;
    private static final int MAX_UUID_BYTES = 512;

    public VerifyRequest validate(VerifyForm form) {
        boolean dataSource = "1".equals(Fields.requiredChoice("comparison_type", form.comparisonType(), "0", "1"));
        VerifyRequest.FaceImageType type = faceImageType(form.faceImageType());
        boolean multiOriented = Fields.flag("multi_oriented_detection", form.multiOrientedDetection(), false);
        if (dataSource) {
            checkIdentity(form);
        } else {
            Fields.required("uuid", form.uuid());
            Fields.maxUtf8Bytes("uuid", form.uuid(), MAX_UUID_BYTES);
            Fields.required("image_ref1", form.imageRef1());
        }
        Map<String, MultipartFile> references =
                Fields.referencePhotos(form.imageRef1(), form.imageRef2(), form.imageRef3());
        return new VerifyRequest(dataSource, type, multiOriented,
                dataSource ? form.idcardName() : null, dataSource ? form.idcardNumber() : null, references,
                type == VerifyRequest.FaceImageType.MEGLIVE ? megLive(form) : null,
                type == VerifyRequest.FaceImageType.FACETOKEN ? Fields.required("face_token", form.faceToken()) : null,
                type == VerifyRequest.FaceImageType.RAW_IMAGE ? rawImage(form) : null,
                type == VerifyRequest.FaceImageType.MEGLIVE_FLASH
                        ? Fields.required("meglive_flash_result", form.megliveFlashResult()) : null);
    }

    private static VerifyRequest.FaceImageType faceImageType(String value) {
        String wire = Fields.requiredChoice("face_image_type", value,
                Arrays.stream(VerifyRequest.FaceImageType.values()).map(VerifyRequest.FaceImageType::wire)
                        .toArray(String[]::new));
        return Arrays.stream(VerifyRequest.FaceImageType.values()).filter(t -> t.wire().equals(wire))
                .findFirst().orElseThrow();
    }

    private static void checkIdentity(VerifyForm form) {
        String name = Fields.required("idcard_name", form.idcardName());
        String number = Fields.required("idcard_number", form.idcardNumber());
        if (Fields.nameTooLong(name, MAX_NAME_CHARACTERS)) {
            throw FaceIdError.of(FaceIdErrorCode.INVALID_NAME_FORMAT);
        }
        if (!IdNumbers.isValid(number)) {
            throw FaceIdError.of(FaceIdErrorCode.INVALID_IDCARD_NUMBER);
        }
    }

    private static VerifyRequest.MegLive megLive(VerifyForm form) {
        String delta = Fields.required("delta", form.delta());
        return new VerifyRequest.MegLive(delta, Fields.required("image_best", form.imageBest()), form.imageEnv(),
                form.imageActions(), Fields.flag("check_delta", form.checkDelta(), false));
    }

    private static VerifyRequest.RawImage rawImage(VerifyForm form) {
        return new VerifyRequest.RawImage(Fields.required("image", form.image()),
                Fields.flag("fail_when_multiple_faces", form.failWhenMultipleFaces(), true),
                Fields.integer("face_quality_threshold", form.faceQualityThreshold(), 30, 0, 100),
                Fields.flag("return_faces", form.returnFaces(), false));
    }
}
