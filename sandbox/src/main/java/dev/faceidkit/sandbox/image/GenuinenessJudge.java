package dev.faceidkit.sandbox.image;

import dev.faceidkit.generated.server.model.FaceGenuineness;
import org.springframework.stereotype.Component;

/**
 * Genuineness scores of a MegLive or MegLiveFlash face. A {@link TestColor#MASK}, {@link TestColor#SYNTHETIC_FACE}
 * face (or a {@link TestColor#SCREEN_REPLAY} environment image) scores above its threshold; anything else scores a
 * picture-dependent value below 0.05. Every threshold is 0.5.
 */
@Component
public class GenuinenessJudge {

    static final double THRESHOLD = 0.5;
    static final double ATTACK_SCORE_MASK = 0.934;
    static final double ATTACK_SCORE_SYNTHETIC = 0.912;
    static final double ATTACK_SCORE_SCREEN = 0.957;

    /**
     * @param face         the face image (MegLive's {@code image_best} or the flash result's image)
     * @param environment  MegLive's {@code image_env}, or null: the screen-replay scores come only with it
     * @param faceReplaced whether a face swap was seen, or null when not judged
     */
    public FaceGenuineness judge(DecodedImage face, DecodedImage environment, Boolean faceReplaced) {
        FaceGenuineness genuineness = new FaceGenuineness(
                score(face, TestColor.SYNTHETIC_FACE, ATTACK_SCORE_SYNTHETIC, 1), THRESHOLD,
                score(face, TestColor.MASK, ATTACK_SCORE_MASK, 2), THRESHOLD);
        if (environment != null) {
            genuineness.screenReplayConfidence(score(environment, TestColor.SCREEN_REPLAY, ATTACK_SCORE_SCREEN, 3))
                    .screenReplayThreshold(THRESHOLD);
        }
        if (faceReplaced != null) {
            genuineness.faceReplaced(faceReplaced ? 1 : 0);
        }
        return genuineness;
    }

    private static double score(DecodedImage image, TestColor attack, double attackScore, int salt) {
        if (image.testColor().filter(attack::equals).isPresent()) {
            return attackScore;
        }
        return Math.floor(image.fingerprint().unitValue(salt) * 50) / 1000;
    }
}
