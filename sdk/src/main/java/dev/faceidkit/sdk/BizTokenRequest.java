package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sdk.internal.ExtraFields;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
import dev.faceidkit.sdk.internal.NamedFields;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code POST /faceid/v3/sdk/get_biz_token} call: the configuration of one MegLiveStill SDK (3.0+) session,
 * a {@link Liveness} procedure and a {@link Comparison}. The client signs each call itself ({@code sign},
 * {@code sign_version}). Built and validated by {@link #builder()}; immutable.
 *
 * <p>Its limits are this operation's in the contract, which differ from verify's (fewer reference photos, shorter
 * {@code uuid}, an {@code idcard_number} only checked for its length).
 */
public final class BizTokenRequest {

    // Not fields of this operation (it is signed instead, D-20), but refused as extra fields so a secret never
    // travels with a signed call.
    private static final Set<String> CREDENTIALS = Set.of("api_key", "api_secret");

    private final FormFields fields;

    private BizTokenRequest(FormFields fields) {
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
        private GetLivenessVideo livenessVideo;
        private Boolean deviceRisk;
        private Boolean multipleFacesDetection;
        private final ExtraFields extraFields = new ExtraFields();
        private final NamedFields namedFields = new NamedFields();

        private final Contract contract;

        private Builder(Contract contract) {
            this.contract = contract;
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

        /** {@code biz_no}: the caller's serial number (byte limit from the contract), returned unchanged. */
        public Builder bizNo(String bizNo) {
            this.bizNo = bizNo;
            return this;
        }

        /** {@code verbose}: false returns the conclusion only (server default true). */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** {@code security_level}: strictness of the comparison. */
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

        /** {@code liveness_level}: strictness of the liveness SDK. */
        public Builder livenessLevel(LivenessLevel livenessLevel) {
            this.livenessLevel = livenessLevel;
            return this;
        }

        /** {@code maximum_brightness}: the SDK turns the screen to full brightness (action and still only). */
        public Builder maximumBrightness(boolean on) {
            this.maximumBrightness = on;
            return this;
        }

        /** {@code get_liveness_video}: what the SDK keeps of the session, encrypted. */
        public Builder livenessVideo(GetLivenessVideo livenessVideo) {
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
        public BizTokenRequest build() {
            FormFields.Builder form = new FormFields.Builder(contract.operation("getBizToken"));
            FieldCheck.required("liveness_type", liveness,
                    "(set liveness(Liveness.megLive()), still(), flash() or rawImage(...))")
                    .addTo(form);
            FieldCheck.required("comparison_type", comparison,
                    "(set comparison(Comparison.dataSource(...)) or comparison(Comparison.referencePhotos(...)))")
                    .addTo(form);
            form.text("biz_no", bizNo)
                    .flag("verbose", verbose)
                    .text("security_level", securityLevel == null ? null : securityLevel.wireValue())
                    .flag("force_compare", forceCompare)
                    .flag("multi_oriented_detection", multiOrientedDetection)
                    .text("liveness_level", livenessLevel == null ? null : livenessLevel.wireValue())
                    .flag("maximum_brightness", maximumBrightness)
                    .text("get_liveness_video", livenessVideo == null ? null : livenessVideo.wireValue())
                    .flag("device_risk", deviceRisk)
                    .flag("multiple_faces_detection", multipleFacesDetection)
                    .extras(extraFields, CREDENTIALS);
            namedFields.addTo(form, CREDENTIALS);
            return new BizTokenRequest(form.build());
        }
    }
}
