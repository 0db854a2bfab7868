package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.BizTokenRequest;
import dev.faceidkit.sdk.GetLivenessVideo;
import dev.faceidkit.sdk.Liveness;
import dev.faceidkit.sdk.LivenessLevel;
import dev.faceidkit.sdk.SecurityLevel;
import java.util.function.Consumer;

/**
 * A get_biz_token example as the SDK's {@link BizTokenRequest}. The example's {@code sign} and
 * {@code sign_version} are not carried over: the client signs every call itself, with its own key.
 */
final class BizTokenFromExample {

    private BizTokenFromExample() {
    }

    static BizTokenRequest of(ExampleFields fields) {
        fields.text("sign");
        if (!"hmac_sha1".equals(fields.text("sign_version"))) {
            throw new IllegalArgumentException("the SDK signs with hmac_sha1 only");
        }
        BizTokenRequest.Builder builder = BizTokenRequest.builder().liveness(liveness(fields))
                .comparison(ComparisonFromExample.of(fields)).bizNo(fields.text("biz_no"))
                .securityLevel(fields.wireEnum("security_level", SecurityLevel.class,
                        SecurityLevel::wireValue))
                .livenessLevel(fields.wireEnum("liveness_level", LivenessLevel.class,
                        LivenessLevel::wireValue))
                .livenessVideo(fields.wireEnum("get_liveness_video", GetLivenessVideo.class,
                        GetLivenessVideo::wireValue));
        ifSet(fields.flag("verbose"), builder::verbose);
        ifSet(fields.flag("force_compare"), builder::forceCompare);
        ifSet(fields.flag("multi_oriented_detection"), builder::multiOrientedDetection);
        ifSet(fields.flag("maximum_brightness"), builder::maximumBrightness);
        ifSet(fields.flag("device_risk"), builder::deviceRisk);
        ifSet(fields.flag("multiple_faces_detection"), builder::multipleFacesDetection);
        return builder.build();
    }

    private static Liveness liveness(ExampleFields fields) {
        String type = fields.text("liveness_type");
        return switch (String.valueOf(type)) {
            case "meglive" -> megLive(fields);
            case "still" -> still(fields);
            case "flash" -> flash(fields);
            case "raw_image" -> Liveness.rawImage(fields.file("image"), RawImageFromExample.options(fields));
            default -> throw new IllegalArgumentException("liveness_type=" + type + " has no SDK equivalent");
        };
    }

    private static Liveness megLive(ExampleFields fields) {
        Liveness.MegLive liveness = Liveness.megLive();
        Integer actions = fields.integer("liveness_action_count");
        liveness = actions == null ? liveness : liveness.withActionCount(actions);
        Boolean faceReplace = fields.flag("face_replace_detection");
        liveness = faceReplace == null ? liveness : liveness.withFaceReplaceDetection(faceReplace);
        Integer timeout = fields.integer("liveness_timeout");
        return timeout == null ? liveness : liveness.withLivenessTimeout(timeout);
    }

    private static Liveness still(ExampleFields fields) {
        Liveness.Still liveness = Liveness.still();
        Boolean eyesClose = fields.flag("eyes_close_detection");
        liveness = eyesClose == null ? liveness : liveness.withEyesCloseDetection(eyesClose);
        Integer timeout = fields.integer("liveness_timeout");
        return timeout == null ? liveness : liveness.withLivenessTimeout(timeout);
    }

    private static Liveness flash(ExampleFields fields) {
        Liveness.Flash liveness = Liveness.flash();
        Boolean eyesClose = fields.flag("eyes_close_detection");
        liveness = eyesClose == null ? liveness : liveness.withEyesCloseDetection(eyesClose);
        Integer timeout = fields.integer("flash_liveness_timeout");
        return timeout == null ? liveness : liveness.withFlashLivenessTimeout(timeout);
    }

    private static void ifSet(Boolean value, Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
