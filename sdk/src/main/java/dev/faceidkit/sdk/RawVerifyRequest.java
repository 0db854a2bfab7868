package dev.faceidkit.sdk;

import java.util.Set;

/**
 * A {@code POST /faceid/lite/raw/verify} call (Raw-Verify), made after Raw-ValidateSideFace or
 * Raw-ValidateVideo with the token they returned. Built and validated by {@link #builder()}; immutable.
 */
public final class RawVerifyRequest {

    static final Set<String> DOCUMENTED_FIELDS = Set.of("api_key", "api_secret", "token", "biz_no",
            "comparison_type", "liveness_preferences", "multi_oriented_detection", "idcard_name", "idcard_number",
            "image_ref1", "image_ref2", "image_ref3", "uuid");

    private static final int MAX_BIZ_NO_CHARS = 128;

    /** {@code liveness_preferences}: relaxes or tightens liveness detection. */
    public enum LivenessPreference {
        NONE("none"),
        /** Two-selfie flow only: accept non-JPG photos and skip their metadata check. */
        SELFIE_NO_METADATA_CHECK("selfie_no_metadata_check"),
        /** Video flow only: stricter liveness detection, somewhat lower pass rate. */
        VIDEO_STRICT("video_strict");

        private final String wireValue;

        LivenessPreference(String wireValue) {
            this.wireValue = wireValue;
        }

        public String wireValue() {
            return wireValue;
        }
    }

    private final FormFields fields;

    private RawVerifyRequest(FormFields fields) {
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
        return "RawVerifyRequest" + fields;
    }

    /** Collects the parts of a raw verify call; {@link #build()} checks them. */
    public static final class Builder {
        private String token;
        private Comparison comparison;
        private String bizNo;
        private LivenessPreference livenessPreference;
        private Boolean multiOrientedDetection;
        private final ExtraFields extraFields = new ExtraFields();

        private Builder() {
        }

        /** Required: {@code token_side_face} or {@code token_video} from the previous step. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** Required: what the face is compared with. */
        public Builder comparison(Comparison comparison) {
            this.comparison = comparison;
            return this;
        }

        /** {@code biz_no}: the caller's id of this flow, at most 128 characters, echoed in the response. */
        public Builder bizNo(String bizNo) {
            this.bizNo = bizNo;
            return this;
        }

        public Builder livenessPreference(LivenessPreference preference) {
            this.livenessPreference = preference;
            return this;
        }

        /** {@code multi_oriented_detection}: also look for rotated faces in image_ref[x]. */
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
        public RawVerifyRequest build() {
            FormFields.Builder form = new FormFields.Builder();
            form.text("token", FieldCheck.required("token", token, "(the token returned by Raw-ValidateSideFace"
                    + " or Raw-ValidateVideo)"));
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form, ComparisonLimits.VERIFY);
            form.text("biz_no", FieldCheck.maxChars("biz_no", bizNo, MAX_BIZ_NO_CHARS))
                    .text("liveness_preferences", livenessPreference == null ? null : livenessPreference.wireValue())
                    .text("multi_oriented_detection", FieldCheck.flag(multiOrientedDetection))
                    .extras(extraFields.checkedAgainst(DOCUMENTED_FIELDS));
            return new RawVerifyRequest(form.build());
        }
    }
}
