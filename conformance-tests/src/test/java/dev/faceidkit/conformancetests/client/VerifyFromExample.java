package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.sdk.VerifyRequest;
import java.util.List;

/** A Verify 2.0.6 example as the SDK's {@link VerifyRequest}. */
final class VerifyFromExample {

    private VerifyFromExample() {
    }

    static VerifyRequest of(ExampleFields fields) {
        VerifyRequest.Builder builder = VerifyRequest.builder().comparison(ComparisonFromExample.of(fields));
        String type = fields.text("face_image_type");
        builder.faceImage(switch (String.valueOf(type)) {
            case "meglive" -> megLive(fields);
            case "facetoken" -> FaceImage.faceToken(fields.text("face_token"));
            case "raw_image" -> FaceImage.rawImage(fields.file("image"), RawImageFromExample.options(fields));
            case "meglive_flash" -> FaceImage.megLiveFlash(fields.file("meglive_flash_result"));
            default -> throw new IllegalArgumentException("face_image_type=" + type + " has no SDK equivalent");
        });
        Boolean multiOriented = fields.flag("multi_oriented_detection");
        if (multiOriented != null) {
            builder.multiOrientedDetection(multiOriented);
        }
        return builder.build();
    }

    private static FaceImage megLive(ExampleFields fields) {
        FaceImage.MegLive megLive = FaceImage.megLive(fields.text("delta"), fields.file("image_best"));
        FileUpload env = fields.file("image_env");
        if (env != null) {
            megLive = megLive.withImageEnv(env);
        }
        List<FileUpload> actions = fields.numberedFiles("image_action", 5);
        if (!actions.isEmpty()) {
            megLive = megLive.withActionImages(actions.toArray(FileUpload[]::new));
        }
        Boolean checkDelta = fields.flag("check_delta");
        return checkDelta == null ? megLive : megLive.withCheckDelta(checkDelta);
    }
}
