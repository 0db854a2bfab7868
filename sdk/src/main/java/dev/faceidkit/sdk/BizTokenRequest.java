package dev.faceidkit.sdk;

import java.util.Set;

/**
 * A {@code POST /faceid/v3/sdk/get_biz_token} call: the configuration of one MegLiveStill SDK (3.0+) session,
 * a {@link Liveness} procedure and a {@link Comparison}. The client signs each call itself ({@code sign},
 * {@code sign_version}). Built and validated by {@link #builder()}; immutable.
 *
 * <p>Limits that differ from verify: at most two reference photos, {@code uuid} and {@code biz_no} at most 128
 * UTF-8 bytes, and {@code idcard_number} only checked to be 18 characters long (the document states no digit
 * format and no name limit for this operation).
 */
public final class BizTokenRequest {

    /** The contract's form fields, plus api_key and api_secret, which must never travel with a signed call. */
    static final Set<String> DOCUMENTED_FIELDS = Set.of("api_key", "api_secret", "sign", "sign_version",
            "liveness_type", "comparison_type", "biz_no", "liveness_timeout", "verbose", "security_level",
            "force_compare", "multi_oriented_detection", "liveness_level", "maximum_brightness",
            "get_liveness_video", "device_risk", "multiple_faces_detection", "idcard_name", "idcard_number",
            "image_ref1", "image_ref2", "uuid", "liveness_action_count", "face_replace_detection",
            "eyes_close_detection", "flash_liveness_timeout", "image", "fail_when_multiple_faces",
            "face_quality_threshold", "return_faces");

    private static final int MAX_BIZ_NO_BYTES = 128;

    /** {@code security_level}: strictness of the comparison (server default NORMAL). */
    public enum SecurityLevel {
        LENIENT("1"), NORMAL("2"), STRICT("3"), VERY_STRICT("4");

        private final String wireValue;

        SecurityLevel(String wireValue) {
            this.wireValue = wireValue;
        }

        public String wireValue() {
            return wireValue;
        }
    }

    /** {@code liveness_level}: strictness of the liveness SDK (server default STRICT). */
    public enum LivenessLevel {
        STRICT("0"), STANDARD("1"), FAST("2");

        private final String wireValue;

        LivenessLevel(String wireValue) {
            this.wireValue = wireValue;
        }

        public String wireValue() {
            return wireValue;
        }
    }

    /** {@code get_liveness_video}: what the SDK keeps of the session, encrypted (server default NONE). */
    public enum LivenessVideo {
        NONE("0"), VIDEO_AND_IMAGES("1"), VIDEO_ONLY("2"), IMAGES_ONLY("3");

        private final String wireValue;

        LivenessVideo(String wireValue) {
            this.wireValue = wireValue;
        }

        public String wireValue() {
            return wireValue;
        }
    }

    private final FormFields fields;

    private BizTokenRequest(FormFields fields) {
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
        return "BizTokenRequest" + fields;
    }

    /** Collects the session configuration; {@link #build()} checks it. Unset options are not sent. */
    public static final class Builder {
        private Liveness liveness;
        private Comparison comparison;
        private String bizNo;
        private Boolean verbose;
        private SecurityLevel securityLevel;
        private Boolean forceCompare;
        private Boolean multiOrientedDetection;
        private LivenessLevel livenessLevel;
        private Boolean maximumBrightness;
        private LivenessVideo livenessVideo;
        private Boolean deviceRisk;
        private Boolean multipleFacesDetection;
        private final ExtraFields extraFields = new ExtraFields();

        private Builder() {
        }

        /** Required: the liveness procedure. */
        public Builder liveness(Liveness liveness) {
            this.liveness = liveness;
            return this;
        }

        /** Required: KYC verification ({@link Comparison#dataSource}) or face comparison. */
        public Builder comparison(Comparison comparison) {
            this.comparison = comparison;
            return this;
        }

        /** {@code biz_no}: the caller's serial number, at most 128 UTF-8 bytes, returned unchanged. */
        public Builder bizNo(String bizNo) {
            this.bizNo = bizNo;
            return this;
        }

        /** {@code verbose}: false returns the conclusion only (server default true). */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        public Builder securityLevel(SecurityLevel securityLevel) {
            this.securityLevel = securityLevel;
            return this;
        }

        /** {@code force_compare}: compare even a face judged fake; such a call is billed. */
        public Builder forceCompare(boolean forceCompare) {
            this.forceCompare = forceCompare;
            return this;
        }

        /** {@code multi_oriented_detection}: look for rotated faces in image_ref[x] (server default on here). */
        public Builder multiOrientedDetection(boolean on) {
            this.multiOrientedDetection = on;
            return this;
        }

        public Builder livenessLevel(LivenessLevel livenessLevel) {
            this.livenessLevel = livenessLevel;
            return this;
        }

        /** {@code maximum_brightness}: the SDK turns the screen to full brightness (action and still only). */
        public Builder maximumBrightness(boolean on) {
            this.maximumBrightness = on;
            return this;
        }

        public Builder livenessVideo(LivenessVideo livenessVideo) {
            this.livenessVideo = livenessVideo;
            return this;
        }

        /** {@code device_risk}: device risk detection in the later verify call. */
        public Builder deviceRisk(boolean on) {
            this.deviceRisk = on;
            return this;
        }

        /** {@code multiple_faces_detection}: the SDK stops when several faces appear. */
        public Builder multipleFacesDetection(boolean on) {
            this.multipleFacesDetection = on;
            return this;
        }

        /** A text field the contract does not list; documented names are refused at {@link #build()}. */
        public Builder extraField(String name, String value) {
            extraFields.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the wire field that is missing or out of range */
        public BizTokenRequest build() {
            FormFields.Builder form = new FormFields.Builder();
            FieldCheck.required("liveness_type", liveness,
                    "(set liveness(Liveness.megLive()), still(), flash() or rawImage(...))")
                    .addTo(form);
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form, ComparisonLimits.BIZ_TOKEN);
            form.text("biz_no", FieldCheck.maxUtf8Bytes("biz_no", bizNo, MAX_BIZ_NO_BYTES))
                    .text("verbose", FieldCheck.flag(verbose))
                    .text("security_level", securityLevel == null ? null : securityLevel.wireValue())
                    .text("force_compare", FieldCheck.flag(forceCompare))
                    .text("multi_oriented_detection", FieldCheck.flag(multiOrientedDetection))
                    .text("liveness_level", livenessLevel == null ? null : livenessLevel.wireValue())
                    .text("maximum_brightness", FieldCheck.flag(maximumBrightness))
                    .text("get_liveness_video", livenessVideo == null ? null : livenessVideo.wireValue())
                    .text("device_risk", FieldCheck.flag(deviceRisk))
                    .text("multiple_faces_detection", FieldCheck.flag(multipleFacesDetection))
                    .extras(extraFields.checkedAgainst(DOCUMENTED_FIELDS));
            return new BizTokenRequest(form.build());
        }
    }
}
