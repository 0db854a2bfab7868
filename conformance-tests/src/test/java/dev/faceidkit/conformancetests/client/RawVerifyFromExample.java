package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.LivenessPreferences;
import dev.faceidkit.sdk.RawVerifyRequest;

/** A Raw-Verify example as the SDK's {@link RawVerifyRequest}. */
final class RawVerifyFromExample {

    private RawVerifyFromExample() {
    }

    static RawVerifyRequest of(ExampleFields fields) {
        RawVerifyRequest.Builder builder = RawVerifyRequest.builder().token(fields.text("token"))
                .comparison(ComparisonFromExample.of(fields)).bizNo(fields.text("biz_no"))
                .livenessPreference(fields.wireEnum("liveness_preferences", LivenessPreferences.class,
                        LivenessPreferences::wireValue));
        Boolean multiOriented = fields.flag("multi_oriented_detection");
        if (multiOriented != null) {
            builder.multiOrientedDetection(multiOriented);
        }
        return builder.build();
    }
}
