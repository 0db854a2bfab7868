package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.generated.server.model.Face;
import dev.faceidkit.generated.server.model.FaceGenuineness;
import java.util.List;

/**
 * The face under verification, read from whichever source {@code face_image_type} chose.
 *
 * @param image        the image compared with the references
 * @param genuineness  {@code face_genuineness} (MegLive and MegLiveFlash only), or null
 * @param faces        {@code faces} to return (raw image with {@code return_faces=1}), or null
 * @param onceOnlyUse  the delta or meglive_biz_no this verification uses up, or null
 */
record VerifyFace(DecodedImage image, FaceGenuineness genuineness, List<Face> faces, OnceOnlyUse onceOnlyUse) {

    /** A value that may be verified once: a MegLive delta or a MegLiveFlash biz number. */
    record OnceOnlyUse(Kind kind, String value, boolean failIfUsed) {

        enum Kind { DELTA, MEGLIVE_BIZ_NO }
    }
}
