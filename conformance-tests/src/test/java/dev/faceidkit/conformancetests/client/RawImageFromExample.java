package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.RawImageOptions;

/** The detection options of an uploaded {@code image}, shared by verify and get_biz_token. */
final class RawImageFromExample {

    private RawImageFromExample() {
    }

    static RawImageOptions options(ExampleFields fields) {
        RawImageOptions options = RawImageOptions.defaults();
        Boolean failWhenMultiple = fields.flag("fail_when_multiple_faces");
        if (failWhenMultiple != null) {
            options = options.failWhenMultipleFaces(failWhenMultiple);
        }
        Integer threshold = fields.integer("face_quality_threshold");
        if (threshold != null) {
            options = options.faceQualityThreshold(threshold);
        }
        Boolean returnFaces = fields.flag("return_faces");
        return returnFaces == null ? options : options.returnFaces(returnFaces);
    }
}
