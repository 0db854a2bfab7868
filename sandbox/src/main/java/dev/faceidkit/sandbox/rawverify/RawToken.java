package dev.faceidkit.sandbox.rawverify;

import java.time.Instant;

/**
 * What Raw-ValidateVideo or Raw-ValidateSideFace recorded under a token: whose it is, until when it is valid,
 * how the liveness went and the face it saw.
 *
 * @param expiresAt           end of validity, or null for a fixture that never expires
 * @param procedureValidation the {@code procedure_validation} Raw-Verify reports
 * @param faceGenuineness     the {@code face_genuineness} Raw-Verify reports when the procedure passed
 * @param faceImage           the captured face (an image file)
 */
public record RawToken(String token, String apiKey, Instant expiresAt, Flow flow, String procedureValidation,
                       String faceGenuineness, byte[] faceImage) {

    /** The web verification flow that issued the token. */
    public enum Flow {
        /** Raw-ValidateVideo: {@code token_video}. */
        VIDEO,
        /** Raw-ValidateSideFace: {@code token_side_face}. */
        SIDE_FACE
    }

    public boolean validAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
