package dev.faceidkit.sdk;

import java.util.Set;

/**
 * A {@code GET /faceid/lite/get_result} call: the result of a FaceID Lite (H5) verification by
 * {@code biz_id}. A result can be read three times within one day; later reads get 403 DATA_DESTROYED.
 * Built and validated by {@link #builder()}; immutable.
 */
public final class GetResultRequest {

    static final Set<String> DOCUMENTED_PARAMETERS = Set.of("api_key", "api_secret", "biz_id",
            "return_verify_time", "return_image", "get_fail_reason", "return_multifaces_tag");

    /** {@code return_image}: which images the response carries in {@code images} (server default NONE). */
    public enum ReturnImage {
        NONE("0"),
        /** image_best, for procedure types video, still, flash and meglive_flash. */
        BEST("1"),
        IDCARD_PORTRAIT_SIDE("2"),
        IDCARD_EMBLEM_SIDE("3"),
        ALL("4"),
        /** Selfie flow only. */
        SELFIE_FRONT("5"),
        /** Selfie flow only. */
        SELFIE_SIDE("6");

        private final String wireValue;

        ReturnImage(String wireValue) {
            this.wireValue = wireValue;
        }

        public String wireValue() {
            return wireValue;
        }
    }

    private final FormFields parameters;

    private GetResultRequest(FormFields parameters) {
        this.parameters = parameters;
    }

    public static Builder builder() {
        return new Builder();
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

        private Builder() {
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

        /** A query parameter the contract does not list; documented names are refused at {@link #build()}. */
        public Builder extraParameter(String name, String value) {
            extraParameters.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the parameter that is missing */
        public GetResultRequest build() {
            FormFields.Builder query = new FormFields.Builder()
                    .text("biz_id", FieldCheck.required("biz_id", bizId, "(the id of the verification to look up)"))
                    .text("return_verify_time", FieldCheck.flag(returnVerifyTime))
                    .text("return_image", returnImage == null ? null : returnImage.wireValue())
                    .text("get_fail_reason", FieldCheck.flag(getFailReason))
                    .text("return_multifaces_tag", FieldCheck.flag(returnMultifacesTag))
                    .extras(extraParameters.checkedAgainst(DOCUMENTED_PARAMETERS));
            return new GetResultRequest(query.build());
        }
    }
}
