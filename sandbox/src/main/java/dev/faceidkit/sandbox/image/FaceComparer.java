package dev.faceidkit.sandbox.image;

import dev.faceidkit.generated.server.model.ComparisonResult;
import dev.faceidkit.generated.server.model.ComparisonThresholds;
import org.springframework.stereotype.Component;

/**
 * Scores two faces by the similarity {@code s} of their images' fingerprints:
 * {@code confidence = 97.5 × max(0, 2s − 1)}, three decimals. The same image gives 97.5, far above the 1e-6
 * threshold; unrelated images give about 0 to 20, far below the 1e-3 threshold. The thresholds are fixed.
 */
@Component
public class FaceComparer {

    public static final double THRESHOLD_1E3 = 62.169;
    public static final double THRESHOLD_1E4 = 69.101;
    public static final double THRESHOLD_1E5 = 73.975;
    public static final double THRESHOLD_1E6 = 78.038;
    private static final double TOP_SCORE = 97.5;

    public double confidence(Fingerprint a, Fingerprint b) {
        double score = TOP_SCORE * Math.max(0, 2 * a.similarity(b) - 1);
        return Math.round(score * 1000) / 1000.0;
    }

    public boolean samePerson(Fingerprint a, Fingerprint b) {
        return confidence(a, b) >= THRESHOLD_1E3;
    }

    public ComparisonResult compare(Fingerprint a, Fingerprint b) {
        return new ComparisonResult(confidence(a, b), thresholds());
    }

    private static ComparisonThresholds thresholds() {
        return new ComparisonThresholds(THRESHOLD_1E3, THRESHOLD_1E4, THRESHOLD_1E5, THRESHOLD_1E6);
    }
}
