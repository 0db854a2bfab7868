package dev.faceidkit.sandbox.image;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds faces by the sandbox's rules (see {@link TestColor}): a photo that is not of one solid colour holds one
 * upright face whose quality, between 60 and 90, depends on the picture; a solid image of a test colour holds what
 * the colour stands for; any other solid image holds no face. Turned faces are found only when rotation detection
 * is on. Faces are listed largest first.
 */
@Component
public class FaceDetector {

    static final double LOW_QUALITY = 12.304;
    private static final double TEST_FACE_QUALITY = 75.0;

    public List<DetectedFace> detect(DecodedImage image, boolean multiOriented) {
        if (!image.isSolid()) {
            double quality = 60 + Math.floor(image.fingerprint().unitValue(0) * 30_000) / 1000;
            return List.of(new DetectedFace(quality, 0.2875, 0.1925, 0.4125, 0.55, 0));
        }
        TestColor color = image.testColor().orElse(null);
        if (color == null) {
            return List.of();
        }
        return switch (color) {
            case TWO_FACES -> List.of(
                    new DetectedFace(71.33, 0.1, 0.2, 0.35, 0.45, 0),
                    new DetectedFace(52.807, 0.6, 0.3, 0.25, 0.32, 0));
            case LOW_QUALITY -> List.of(new DetectedFace(LOW_QUALITY, 0.21, 0.174, 0.502, 0.5, 0));
            case ROTATED_90 -> turned(multiOriented, 90);
            case ROTATED_180 -> turned(multiOriented, 180);
            case ROTATED_270 -> turned(multiOriented, 270);
            case MASK, SYNTHETIC_FACE, SCREEN_REPLAY -> List.of(upright());
        };
    }

    private static DetectedFace upright() {
        return new DetectedFace(TEST_FACE_QUALITY, 0.25, 0.2, 0.5, 0.55, 0);
    }

    private static List<DetectedFace> turned(boolean multiOriented, int orientation) {
        return multiOriented
                ? List.of(new DetectedFace(TEST_FACE_QUALITY, 0.2, 0.25, 0.55, 0.5, orientation))
                : List.of();
    }
}
