package dev.faceidkit.sandbox.image;

import dev.faceidkit.generated.server.model.Face;
import dev.faceidkit.generated.server.model.FaceRect;

/**
 * One face found in an image.
 *
 * @param quality     image quality of the face, in [0, 100]
 * @param left        box position and size as fractions of the image
 * @param top         see {@code left}
 * @param width       see {@code left}
 * @param height      see {@code left}
 * @param orientation clockwise rotation of the face, 0, 90, 180 or 270
 */
public record DetectedFace(double quality, double left, double top, double width, double height, int orientation) {

    /** The threshold the service recommends, returned with every face. */
    public static final double QUALITY_THRESHOLD = 30.1;

    /** As a {@code faces} item; the orientation only when rotation detection was asked for. */
    public Face toFace(boolean withOrientation) {
        Face face = new Face(quality, QUALITY_THRESHOLD, new FaceRect(left, top, width, height));
        return withOrientation ? face.orientation(orientation) : face;
    }
}
