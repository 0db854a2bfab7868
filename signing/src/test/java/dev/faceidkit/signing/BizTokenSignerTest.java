package dev.faceidkit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BizTokenSignerTest {

    private static final String KEY = "faceid-test-key";
    private static final String SECRET = "faceid-test-secret";
    private static final long NOW = 1_700_000_000L;

    // Expected values computed independently with OpenSSL 3.0:
    //   raw='a=<key>&b=<expire>&c=<current>&d=<random>'
    //   { printf '%s' "$raw" | openssl dgst -sha1 -hmac "$secret" -binary; printf '%s' "$raw"; } | openssl base64 -A

    @Test
    void matchesOpensslForSignWithPlusAndDoublePadding() {
        assertThat(BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "0123456789").sign()).isEqualTo(
                "0LFWrdH9l1m2u0+0H0HVl16TL9JhPWZhY2VpZC10ZXN0LWtleSZiPTE3MDAwMDAzMDAmYz0xNzAwMDAwMDAwJmQ9MDEyMzQ1Njc4OQ==");
    }

    @Test
    void matchesOpensslForSignWithSlash() {
        assertThat(BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "3").sign()).isEqualTo(
                "NYdFDQP/+bGv8rWn8kkI1ZIBWy5hPWZhY2VpZC10ZXN0LWtleSZiPTE3MDAwMDAzMDAmYz0xNzAwMDAwMDAwJmQ9Mw==");
    }

    @Test
    void keysTheMacWithTheUtf8BytesOfTheSecret() {
        assertThat(BizTokenSigner.sign("AbCdEf123", "密钥-secret", NOW, NOW + 3600, "42").sign()).isEqualTo(
                "PQGpsDkk7foEn5IDdBF2weJarzlhPUFiQ2RFZjEyMyZiPTE3MDAwMDM2MDAmYz0xNzAwMDAwMDAwJmQ9NDI=");
    }

    @Test
    void signIsTwentyMacBytesFollowedByTheRawText() {
        byte[] decoded = Base64.getDecoder().decode(BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "0123456789").sign());

        // printf '%s' 'a=faceid-test-key&b=1700000300&c=1700000000&d=0123456789' | openssl dgst -sha1 -hmac faceid-test-secret
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(decoded, 0, 20)))
                .isEqualTo("d0b156add1fd9759b6bb4fb41f41d5975e932fd2");
        assertThat(new String(Arrays.copyOfRange(decoded, 20, decoded.length), StandardCharsets.UTF_8))
                .isEqualTo("a=faceid-test-key&b=1700000300&c=1700000000&d=0123456789");
    }

    @Test
    void usesTheStandardPaddedBase64AlphabetWithoutLineBreaks() {
        BizTokenSigner signer = BizTokenSigner.builder().apiKey(KEY).apiSecret(SECRET).build();
        for (int i = 0; i < 200; i++) {
            String sign = signer.sign().sign();
            assertThat(sign).matches("[A-Za-z0-9+/]+={0,2}");
            assertThat(sign.length() % 4).isZero();
        }
    }

    @Test
    void signTakesTimeFromTheClockAndRandomFromTheSource() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW, 999_999_999), ZoneOffset.UTC);
        BizTokenSigner signer = BizTokenSigner.builder()
                .apiKey(KEY).apiSecret(SECRET).clock(clock).random(fixedRandom(9_999_999_999L)).build();

        BizTokenSignature signature = signer.sign();

        assertThat(signature.currentTime()).isEqualTo(NOW);
        assertThat(signature.expireTime()).isEqualTo(NOW + BizTokenSigner.DEFAULT_VALIDITY.getSeconds());
        assertThat(signature.random()).isEqualTo("9999999999");
        assertThat(signature.signVersion()).isEqualTo("hmac_sha1");
        assertThat(signature.sign())
                .isEqualTo(BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "9999999999").sign());
    }

    @Test
    void aRandomBelowTenDigitsKeepsItsLeadingZeros() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
        BizTokenSigner signer = BizTokenSigner.builder()
                .apiKey(KEY).apiSecret(SECRET).clock(clock).random(fixedRandom(799_687_066L)).build();

        assertThat(signer.sign().random()).isEqualTo("0799687066");
        assertThat(signer.sign().sign()).isEqualTo(BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "0799687066").sign());
    }

    @Test
    void defaultValidityIsFiveMinutesAndCanBeChanged() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
        BizTokenSigner signer = BizTokenSigner.builder()
                .apiKey(KEY).apiSecret(SECRET).clock(clock).validity(Duration.ofHours(1)).build();

        assertThat(BizTokenSigner.DEFAULT_VALIDITY).isEqualTo(Duration.ofMinutes(5));
        assertThat(signer.sign().expireTime()).isEqualTo(NOW + 3600);
    }

    @Test
    void defaultRandomFieldIsTenDigits() {
        BizTokenSigner signer = BizTokenSigner.builder().apiKey(KEY).apiSecret(SECRET).build();
        for (int i = 0; i < 100; i++) {
            assertThat(signer.sign().random()).matches("[0-9]{10}");
        }
    }

    @Test
    void toStringRevealsNeitherSignNorSecret() {
        BizTokenSignature signature = BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "3");

        assertThat(signature.toString())
                .isEqualTo("BizTokenSignature[signVersion=hmac_sha1, currentTime=1700000000, expireTime=1700000300,"
                        + " random=3, sign=***]")
                .doesNotContain(signature.sign())
                .doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void rejectsBlankApiKey(String key) {
        assertRejected(() -> BizTokenSigner.sign(key, SECRET, NOW, NOW + 1, "1"), "apiKey must not be null or blank");
    }

    @Test
    void rejectsNullApiKeyAndApiKeyWithAmpersand() {
        assertRejected(() -> BizTokenSigner.sign(null, SECRET, NOW, NOW + 1, "1"), "apiKey must not be null or blank");
        assertRejected(() -> BizTokenSigner.sign("a&b", SECRET, NOW, NOW + 1, "1"), "apiKey must not contain '&'");
    }

    @Test
    void rejectsNullOrBlankSecret() {
        assertRejected(() -> BizTokenSigner.sign(KEY, null, NOW, NOW + 1, "1"), "apiSecret must not be null or blank");
        assertRejected(() -> BizTokenSigner.sign(KEY, "  ", NOW, NOW + 1, "1"), "apiSecret must not be null or blank");
    }

    @Test
    void rejectsExpiryNotAfterCurrentTime() {
        assertRejected(() -> BizTokenSigner.sign(KEY, SECRET, NOW, NOW, "1"),
                "expireTime (1700000000) must be after currentTime (1700000000)");
        assertRejected(() -> BizTokenSigner.sign(KEY, SECRET, NOW, NOW - 1, "1"),
                "expireTime (1699999999) must be after currentTime (1700000000)");
        assertRejected(() -> BizTokenSigner.sign(KEY, SECRET, -1, NOW, "1"),
                "currentTime must not be negative, was -1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789012345678901", "+1", "1.5", "12a", "１２", "--1", "-"})
    void rejectsRandomThatIsNotADecimalOfUpToTwentyDigits(String random) {
        assertRejected(() -> BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 1, random),
                "random must be a decimal of 1 to 20 digits, optionally negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2147483648", "21474836480", "0799687066", "7"})
    void acceptsTheRandomsClientsInTheWildSend(String random) {
        // D-57: Math.abs(Integer.MIN_VALUE) stays negative; some clients write 11 digits. Both decode and check.
        BizTokenSignature signature = BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, random);
        DecodedBizTokenSign decoded = DecodedBizTokenSign.decode(signature.sign());
        assertThat(decoded.payload().random()).isEqualTo(random);
    }

    @Test
    void aSignWrappedInMimeLinesDecodesAsTheSameSign() {
        // D-56: Python's base64.encodebytes and Android's Base64.DEFAULT wrap at 76 characters and end with a newline.
        String sign = BizTokenSigner.sign(KEY, SECRET, NOW, NOW + 300, "0123456789").sign();
        String wrapped = sign.substring(0, 76) + "\n" + sign.substring(76) + "\n";
        String crlf = sign.substring(0, 76) + "\r\n" + sign.substring(76) + "\r\n";

        assertThat(DecodedBizTokenSign.decode(wrapped).payload()).isEqualTo(DecodedBizTokenSign.decode(sign).payload());
        assertThat(DecodedBizTokenSign.decode(crlf).payload()).isEqualTo(DecodedBizTokenSign.decode(sign).payload());
        assertRejected(() -> DecodedBizTokenSign.decode(sign.substring(0, 76) + " " + sign.substring(76)),
                "sign is not standard Base64");
    }

    @Test
    void builderValidatesKeySecretAndValidity() {
        assertRejected(() -> BizTokenSigner.builder().apiSecret(SECRET).build(), "apiKey must not be null or blank");
        assertRejected(() -> BizTokenSigner.builder().apiKey(KEY).apiSecret("").build(),
                "apiSecret must not be null or blank");
        for (Duration tooShort : new Duration[] {Duration.ZERO, Duration.ofSeconds(-5), Duration.ofMillis(999)}) {
            assertRejected(() -> BizTokenSigner.builder().apiKey(KEY).apiSecret(SECRET).validity(tooShort).build(),
                    "validity must be at least one second, was " + tooShort);
        }
    }

    private static void assertRejected(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .message().doesNotContain(SECRET);
    }

    /** A random source whose bounded draws always return {@code value}. */
    private static RandomGenerator fixedRandom(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only bounded draws are expected");
            }

            @Override
            public long nextLong(long bound) {
                assertThat(bound).isEqualTo(10_000_000_000L);
                return value;
            }
        };
    }
}
