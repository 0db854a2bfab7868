package dev.faceidkit.signing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes the {@code sign} for {@code POST /faceid/v3/sdk/get_biz_token} with {@code sign_version=hmac_sha1}.
 *
 * <p>The sign is standard Base64 (padded, no line breaks) of the 20-byte HMAC-SHA1 of the raw text, keyed with
 * the api_secret, followed by the raw text itself; see {@link BizTokenSignPayload} for the raw layout.
 *
 * <p>The documentation does not limit a sign to one use, so whoever sees one may be able to replay it until it
 * expires. That is why the default validity, {@link #DEFAULT_VALIDITY}, is five minutes: a sign is meant to be
 * made right before the call that uses it, and five minutes still absorbs ordinary clock skew between this
 * host and the server.
 *
 * <p>Instances are immutable and thread-safe provided the random source is.
 */
public final class BizTokenSigner {

    /** How long a sign made by {@link #sign()} stays valid unless the builder says otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);

    // The random field is text of at most 10 decimal digits; it is written with all ten, leading zeros kept, as the
    // vendor's own example (d=0799687066) is, so that a fixed random source reproduces such a sign.
    private static final long RANDOM_BOUND = 10_000_000_000L;
    private static final String RANDOM_FORMAT = "%010d";

    private final String apiKey;
    private final String apiSecret;
    private final long validitySeconds;
    private final Clock clock;
    private final RandomGenerator random;

    private BizTokenSigner(Builder builder) {
        this.apiKey = builder.apiKey;
        this.apiSecret = builder.apiSecret;
        this.validitySeconds = builder.validity.getSeconds();
        this.clock = builder.clock;
        this.random = builder.random != null ? builder.random : new SecureRandom();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fresh sign: current time from the clock, expiry after the validity, a new random field. */
    public BizTokenSignature sign() {
        long now = clock.instant().getEpochSecond();
        String randomField = String.format(RANDOM_FORMAT, random.nextLong(RANDOM_BOUND));
        return sign(apiKey, apiSecret, now, now + validitySeconds, randomField);
    }

    /**
     * The sign for explicit inputs: a pure function, for test vectors and for servers that check signs.
     *
     * @param currentTime UNIX seconds
     * @param expireTime  absolute expiry in UNIX seconds, after {@code currentTime}
     * @param random      decimal text: the vendor's 1 to 10 digits, or what other clients send (D-57: up to 20
     *                    digits, optionally negative)
     * @throws IllegalArgumentException if an input is invalid; the message never contains the secret
     */
    public static BizTokenSignature sign(String apiKey, String apiSecret, long currentTime, long expireTime,
                                         String random) {
        requireValidSecret(apiSecret);
        BizTokenSignPayload payload = new BizTokenSignPayload(apiKey, currentTime, expireTime, random);
        byte[] raw = payload.toRawString().getBytes(StandardCharsets.UTF_8);
        byte[] mac = HmacSha1.mac(apiSecret, raw);
        byte[] signed = new byte[mac.length + raw.length];
        System.arraycopy(mac, 0, signed, 0, mac.length);
        System.arraycopy(raw, 0, signed, mac.length, raw.length);
        return new BizTokenSignature(Base64.getEncoder().encodeToString(signed), currentTime, expireTime, random);
    }

    static void requireValidSecret(String apiSecret) {
        if (apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("apiSecret must not be null or blank");
        }
    }

    /** Builds a {@link BizTokenSigner}; api key and secret are required. */
    public static final class Builder {
        private String apiKey;
        private String apiSecret;
        private Duration validity = DEFAULT_VALIDITY;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random;

        private Builder() {
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder apiSecret(String apiSecret) {
            this.apiSecret = apiSecret;
            return this;
        }

        /** How long each sign stays valid; whole seconds count, so at least one second. */
        public Builder validity(Duration validity) {
            this.validity = Objects.requireNonNull(validity, "validity");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Source of the random field; a {@link SecureRandom} unless set. Each sign takes one {@code nextLong} below
         * 10^10 and writes it as ten digits, leading zeros kept ({@code 799687066} becomes {@code 0799687066}).
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public BizTokenSigner build() {
            BizTokenSignPayload.requireValidApiKey(apiKey);
            requireValidSecret(apiSecret);
            if (validity.getSeconds() < 1) {
                throw new IllegalArgumentException("validity must be at least one second, was " + validity);
            }
            return new BizTokenSigner(this);
        }
    }
}
