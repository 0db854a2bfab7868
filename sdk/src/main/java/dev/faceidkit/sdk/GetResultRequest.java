package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sdk.internal.ExtraFields;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import dev.faceidkit.sdk.internal.NamedFields;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code GET /faceid/lite/get_result} call: the result of a FaceID Lite (H5) verification by
 * {@code biz_id}. A result can be read three times within one day; later reads get 403 DATA_DESTROYED.
 * Built and validated by {@link #builder()}; immutable.
 */
public final class GetResultRequest {

    private final FormFields parameters;

    private GetResultRequest(FormFields parameters) {
        this.parameters = parameters;
    }

    /** A builder checked against the contract this SDK was built from. */
    public static Builder builder() {
        return new Builder(Contract.bundled());
    }

    /** A builder checked against another contract, such as a newer copy: its limits and values apply. */
    public static Builder builder(Contract contract) {
        return new Builder(Objects.requireNonNull(contract, "contract"));
    }

    /** The query parameters, kept in the same shape as a form. */
    FormFields parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "GetResultRequest" + parameters;
    }

    /** Collects the query; {@link #build()} checks it. Unset flags are not sent. */
    public static final class Builder {
        private String bizId;
        private Boolean returnVerifyTime;
        private ReturnImage returnImage;
        private Boolean getFailReason;
        private Boolean returnMultifacesTag;
        private final ExtraFields extraParameters = new ExtraFields();
        private final NamedFields namedFields = new NamedFields();

        private final Contract contract;

        private Builder(Contract contract) {
            this.contract = contract;
        }

        /** Required: the biz_id from get_token, notify_url or return_url. */
        public Builder bizId(String bizId) {
            this.bizId = bizId;
            return this;
        }

        /** {@code return_verify_time}: add verify_result.verify_time. */
        public Builder returnVerifyTime(boolean on) {
            this.returnVerifyTime = on;
            return this;
        }

        /** {@code return_image}: which images the response carries in {@code images}. */
        public Builder returnImage(ReturnImage returnImage) {
            this.returnImage = returnImage;
            return this;
        }

        /** {@code get_fail_reason}: add fail_reason when status is WEBRTC_UNSUPPORTED. */
        public Builder getFailReason(boolean on) {
            this.getFailReason = on;
            return this;
        }

        /** {@code return_multifaces_tag}: add multifaces_tag and multifaces_image. */
        public Builder returnMultifacesTag(boolean on) {
            this.returnMultifacesTag = on;
            return this;
        }

        /**
         * A documented query parameter by its wire name, for one this builder has no setter for (such as one a newer
         * contract adds): checked against the contract at {@link #build()} like a setter's value, and sent.
         */
        public Builder field(String name, String value) {
            namedFields.put(name, value);
            return this;
        }

        /** A query parameter the contract does not list; documented names are refused at {@link #build()}. */
        public Builder extraParameter(String name, String value) {
            extraParameters.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the parameter that is missing */
        public GetResultRequest build() {
            FormFields.Builder query = new FormFields.Builder(contract.operation("getResult"))
                    .text("biz_id", FieldCheck.required("biz_id", bizId, "(the id of the verification to look up)"))
                    .flag("return_verify_time", returnVerifyTime)
                    .text("return_image", returnImage == null ? null : returnImage.wireValue())
                    .flag("get_fail_reason", getFailReason)
                    .flag("return_multifaces_tag", returnMultifacesTag)
                    .extras(extraParameters, Set.of());
            namedFields.addTo(query, Set.of());
            return new GetResultRequest(query.build());
        }
    }
}
