package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sdk.internal.ExtraFields;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import dev.faceidkit.sdk.internal.NamedFields;
import java.util.Objects;
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

    private final FormFields fields;

    private VerifyRequest(FormFields fields) {
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
        return "VerifyRequest" + fields;
    }

    /** Collects the parts of a verify call; {@link #build()} checks them. */
    public static final class Builder {
        private Comparison comparison;
        private FaceImage faceImage;
        private Boolean multiOrientedDetection;
        private final ExtraFields extraFields = new ExtraFields();
        private final NamedFields namedFields = new NamedFields();

        private final Contract contract;

        private Builder(Contract contract) {
            this.contract = contract;
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
        public VerifyRequest build() {
            FormFields.Builder form = new FormFields.Builder(contract.operation("verify"));
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form);
            FieldCheck.required("face_image_type", faceImage,
                    "(set faceImage(FaceImage.megLive(...)), faceToken(...), rawImage(...) or megLiveFlash(...))")
                    .addTo(form);
            form.flag("multi_oriented_detection", multiOrientedDetection)
                    .extras(extraFields, Set.of());
            namedFields.addTo(form, Set.of());
            return new VerifyRequest(form.build());
        }
    }
}
