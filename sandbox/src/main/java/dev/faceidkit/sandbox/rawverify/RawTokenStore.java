package dev.faceidkit.sandbox.rawverify;

import dev.faceidkit.sandbox.identity.TestIdentityCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Tokens of the web verification flow, standing in for Raw-ValidateVideo and Raw-ValidateSideFace: fixtures for
 * every documented outcome (never expiring, issued to {@value #FIXTURE_API_KEY}) and tokens created through
 * {@code POST /sandbox/raw-tokens}, valid for {@link #VALIDITY}.
 */
@Component
public class RawTokenStore {

    public static final String FIXTURE_API_KEY = "example-api-key";
    /** The sandbox's choice; the documents do not give the validity of a token. */
    public static final Duration VALIDITY = Duration.ofHours(1);
    private static final Pattern FORMAT = Pattern.compile("[0-9]{1,19},\\S+");
    private static final Instant FIXTURE_ISSUED = Instant.ofEpochSecond(1763700000L);
    private static final String OTHER_API_KEY = "sandbox-no-reference-key";
    /** Expired tokens are dropped once there are this many, so that a long-running sandbox stays small. */
    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, RawToken> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    public RawTokenStore(Clock clock, TestIdentityCatalog identities) {
        this.clock = clock;
        byte[] face = identities.portraitPng(TestIdentityCatalog.NORMAL_ID_NUMBER).orElseThrow();
        // The two tokens of the contract's request examples.
        fixture("1490012180,token-video-5b7c1f1e", RawToken.Flow.VIDEO, "PASSED", "PASSED", face);
        fixture("1490012180,token-side-face-8e2a41c9", RawToken.Flow.SIDE_FACE, "PASSED", "PASSED", face);
        fixture("1763700000,token-video-sr-error", RawToken.Flow.VIDEO, "VIDEO_SR_ERROR", "PASSED", face);
        fixture("1763700000,token-video-not-synchronized", RawToken.Flow.VIDEO, "VIDEO_NOT_SYNCHRONIZED", "PASSED", face);
        fixture("1763700000,token-video-face-inconsistent", RawToken.Flow.VIDEO, "VIDEO_FACE_INCONSISTENT", "PASSED", face);
        fixture("1763700000,token-side-face-inconsistent", RawToken.Flow.SIDE_FACE, "SELFIE_INCONSISTENT", "PASSED", face);
        fixture("1763700000,token-side-face-metadata-inconsistent", RawToken.Flow.SIDE_FACE,
                "SELFIE_METADATA_INCONSISTENT", "PASSED", face);
        fixture("1763700000,token-video-mask", RawToken.Flow.VIDEO, "PASSED", "MASK", face);
        fixture("1763700000,token-video-screen-replay", RawToken.Flow.VIDEO, "PASSED", "SCREEN_REPLAY", face);
        fixture("1763700000,token-video-facegen", RawToken.Flow.VIDEO, "PASSED", "FACEGEN", face);
        put(new RawToken("1763700000,token-video-expired", FIXTURE_API_KEY, FIXTURE_ISSUED.plus(VALIDITY),
                RawToken.Flow.VIDEO, "PASSED", "PASSED", face));
        put(new RawToken("1763700000,token-video-other-key", OTHER_API_KEY, null,
                RawToken.Flow.VIDEO, "PASSED", "PASSED", face));
    }

    /** A token for {@code apiKey}, as the validate step would have returned it, valid from now. */
    public RawToken issue(String apiKey, RawToken.Flow flow, String procedureValidation, String faceGenuineness,
                          byte[] faceImage) {
        Instant now = clock.instant();
        String prefix = flow == RawToken.Flow.VIDEO ? ",token-video-" : ",token-side-face-";
        RawToken token = new RawToken(now.getEpochSecond() + prefix + UUID.randomUUID(), apiKey,
                now.plus(VALIDITY), flow, procedureValidation, faceGenuineness, faceImage.clone());
        put(token);
        return token;
    }

    /** The token if it is well formed, known, unexpired and was issued to {@code apiKey}. */
    public Optional<RawToken> find(String token, String apiKey) {
        if (!FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.ofNullable(tokens.get(token))
                .filter(found -> found.apiKey().equals(apiKey) && found.validAt(now));
    }

    public Collection<RawToken> all() {
        return tokens.values();
    }

    private void fixture(String token, RawToken.Flow flow, String procedureValidation, String faceGenuineness,
                         byte[] face) {
        put(new RawToken(token, FIXTURE_API_KEY, null, flow, procedureValidation, faceGenuineness, face));
    }

    private void put(RawToken token) {
        if (tokens.size() > PURGE_ABOVE) {
            Instant now = clock.instant();
            tokens.values().removeIf(stored -> !stored.validAt(now));
        }
        tokens.put(token.token(), token);
    }
}
