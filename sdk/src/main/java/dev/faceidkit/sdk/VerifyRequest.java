package dev.faceidkit.sdk;

import java.util.Set;

/**
 * A {@code POST /faceid/v2/verify} call (Verify 2.0.6, MegLive SDK below 3.0): a {@link Comparison} and a
 * {@link FaceImage}. Built and validated by {@link #builder()}; immutable.
 *
 * <pre>{@code
 * VerifyRequest request = VerifyRequest.builder()
 *     .comparison(Comparison.dataSource("张三", "11010519491231002X"))
 *     .faceImage(FaceImage.megLive(delta, FileUpload.fromPath(best)).withImageEnv(FileUpload.fromPath(env)))
 *     .build();
 * }</pre>
 */
public final class VerifyRequest {

    /** Every form field the contract lists for this operation; extra fields must not use these names. */
    static final Set<String> DOCUMENTED_FIELDS = Set.of("api_key", "api_secret", "comparison_type",
            "face_image_type", "multi_oriented_detection", "idcard_name", "idcard_number", "image_ref1",
            "image_ref2", "image_ref3", "uuid", "delta", "image_best", "image_env", "image_action1", "image_action2",
            "image_action3", "image_action4", "image_action5", "check_delta", "face_token", "image",
            "fail_when_multiple_faces", "face_quality_threshold", "return_faces", "meglive_flash_result");

    private final FormFields fields;

    private VerifyRequest(FormFields fields) {
        this.fields = fields;
    }

    public static Builder builder() {
        return new Builder();
    }

    FormFields fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "VerifyRequest" + fields;
    }

    /** Collects the parts of a verify call; {@link #build()} checks them. */
    public static final class Builder {
        private Comparison comparison;
        private FaceImage faceImage;
        private Boolean multiOrientedDetection;
        private final ExtraFields extraFields = new ExtraFields();

        private Builder() {
        }

        /** Required: what the face is compared with. */
        public Builder comparison(Comparison comparison) {
            this.comparison = comparison;
            return this;
        }

        /** Required: the face to verify. */
        public Builder faceImage(FaceImage faceImage) {
            this.faceImage = faceImage;
            return this;
        }

        /** {@code multi_oriented_detection}: also look for rotated faces in image and image_ref[x]. */
        public Builder multiOrientedDetection(boolean on) {
            this.multiOrientedDetection = on;
            return this;
        }

        /** A text field the contract does not list; documented names are refused at {@link #build()}. */
        public Builder extraField(String name, String value) {
            extraFields.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the wire field that is missing or out of range */
        public VerifyRequest build() {
            FormFields.Builder form = new FormFields.Builder();
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form, ComparisonLimits.VERIFY);
            FieldCheck.required("face_image_type", faceImage,
                    "(set faceImage(FaceImage.megLive(...)), faceToken(...), rawImage(...) or megLiveFlash(...))")
                    .addTo(form);
            form.text("multi_oriented_detection", FieldCheck.flag(multiOrientedDetection));
            form.extras(extraFields.checkedAgainst(DOCUMENTED_FIELDS));
            return new VerifyRequest(form.build());
        }
    }
}
