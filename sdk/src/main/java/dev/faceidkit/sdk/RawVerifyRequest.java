package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sdk.internal.ExtraFields;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import dev.faceidkit.sdk.internal.NamedFields;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code POST /faceid/lite/raw/verify} call (Raw-Verify), made after Raw-ValidateSideFace or
 * Raw-ValidateVideo with the token they returned. Built and validated by {@link #builder()}; immutable.
 */
public final class RawVerifyRequest {

    private final FormFields fields;

    private RawVerifyRequest(FormFields fields) {
        this.fields = fields;
    }

    /** A builder checked against the contract this SDK was built from. */
    public static Builder builder() {
        return new Builder(Contract.bundled());
    }

    /** A builder checked against another contract, such as a newer copy: its limits and values apply. */
    public static Builder builder(Contract contract) {
        return new Builder(Objects.requireNonNull(contract, "contract"));
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
        private LivenessPreferences livenessPreference;
        private Boolean multiOrientedDetection;
        private final ExtraFields extraFields = new ExtraFields();
        private final NamedFields namedFields = new NamedFields();

        private final Contract contract;

        private Builder(Contract contract) {
            this.contract = contract;
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

        /** {@code biz_no}: the caller's id of this flow (length limited by the contract), echoed in the response. */
        public Builder bizNo(String bizNo) {
            this.bizNo = bizNo;
            return this;
        }

        /** {@code liveness_preferences}: relaxes or tightens liveness detection. */
        public Builder livenessPreference(LivenessPreferences preference) {
            this.livenessPreference = preference;
            return this;
        }

        /** {@code multi_oriented_detection}: also look for rotated faces in image_ref[x]. */
        public Builder multiOrientedDetection(boolean on) {
            this.multiOrientedDetection = on;
            return this;
        }

        /**
         * A documented text field by its wire name, for one this builder has no setter for (such as one a newer
         * contract adds): checked against the contract at {@link #build()} like a setter's value, and sent.
         */
        public Builder field(String name, String value) {
            namedFields.put(name, value);
            return this;
        }

        /** A text field the contract does not list; documented names are refused at {@link #build()}. */
        public Builder extraField(String name, String value) {
            extraFields.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the wire field that is missing or out of range */
        public RawVerifyRequest build() {
            FormFields.Builder form = new FormFields.Builder(contract.operation("rawVerify"));
            form.text("token", FieldCheck.required("token", token, "(the token returned by Raw-ValidateSideFace"
                    + " or Raw-ValidateVideo)"));
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form);
            form.text("biz_no", bizNo)
                    .text("liveness_preferences", livenessPreference == null ? null : livenessPreference.wireValue())
                    .flag("multi_oriented_detection", multiOrientedDetection)
                    .extras(extraFields, Set.of());
            namedFields.addTo(form, Set.of());
            return new RawVerifyRequest(form.build());
        }
    }
}
