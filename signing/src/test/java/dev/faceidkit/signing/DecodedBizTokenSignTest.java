package dev.faceidkit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DecodedBizTokenSignTest {

    private static final String SECRET = "faceid-test-secret";
    // From BizTokenSignerTest, computed with OpenSSL: key faceid-test-key, c=1700000000, b=1700000300, d=0123456789.
    private static final String SIGN =
            "0LFWrdH9l1m2u0+0H0HVl16TL9JhPWZhY2VpZC10ZXN0LWtleSZiPTE3MDAwMDAzMDAmYz0xNzAwMDAwMDAwJmQ9MDEyMzQ1Njc4OQ==";

    @Test
    void decodesTheRawFieldsWithoutTheSecret() {
        BizTokenSignPayload payload = DecodedBizTokenSign.decode(SIGN).payload();

        assertThat(payload).isEqualTo(new BizTokenSignPayload("faceid-test-key", 1_700_000_000L, 1_700_000_300L,
                "0123456789"));
    }

    @Test
    void acceptsAValidSignBeforeItsExpiry() {
        BizTokenSignCheck check = DecodedBizTokenSign.decode(SIGN).check(SECRET, at(1_700_000_299L));

        assertThat(check).isEqualTo(new BizTokenSignCheck(true, false));
        assertThat(check.accepted()).isTrue();
    }

    @Test
    void reportsExpiredOnceTheClockReachesTheExpireTime() {
        BizTokenSignCheck check = DecodedBizTokenSign.decode(SIGN).check(SECRET, at(1_700_000_300L));

        assertThat(check).isEqualTo(new BizTokenSignCheck(true, true));
        assertThat(check.accepted()).isFalse();
    }

    @Test
    void rejectsTheMacUnderAnotherSecret() {
        BizTokenSignCheck check = DecodedBizTokenSign.decode(SIGN).check("another-secret", at(1_700_000_000L));

        assertThat(check.macValid()).isFalse();
        assertThat(check.accepted()).isFalse();
    }

    @Test
    void rejectsARawTextThatWasChangedAfterSigning() {
        byte[] bytes = Base64.getDecoder().decode(SIGN);
        byte[] mac = Arrays.copyOfRange(bytes, 0, 20);
        byte[] forged = concat(mac, "a=faceid-test-key&b=1800000300&c=1700000000&d=0123456789"
                .getBytes(StandardCharsets.UTF_8));

        DecodedBizTokenSign decoded = DecodedBizTokenSign.decode(Base64.getEncoder().encodeToString(forged));

        assertThat(decoded.payload().expireTime()).isEqualTo(1_800_000_300L);
        assertThat(decoded.check(SECRET, at(1_700_000_000L)).macValid()).isFalse();
    }

    @Test
    void checksTheMacOverTheBytesAsSentEvenWithLeadingZeros() {
        // { printf '%s' 'a=k&b=0002&c=0001&d=5' | openssl dgst -sha1 -hmac s -binary; printf '%s' 'a=k&b=0002&c=0001&d=5'; } | openssl base64 -A
        DecodedBizTokenSign decoded = DecodedBizTokenSign.decode("exnJQxgvz4IA4T2IBcxF5JPP3uNhPWsmYj0wMDAyJmM9MDAwMSZkPTU=");

        assertThat(decoded.payload()).isEqualTo(new BizTokenSignPayload("k", 1, 2, "5"));
        assertThat(decoded.check("s", at(1)).accepted()).isTrue();
    }

    @Test
    void roundTripsWhatTheSignerMakes() {
        BizTokenSignature signature = BizTokenSigner.sign("key-with=equals", "secret", 10, 20, "0000000000");

        DecodedBizTokenSign decoded = DecodedBizTokenSign.decode(signature.sign());

        assertThat(decoded.payload()).isEqualTo(new BizTokenSignPayload("key-with=equals", 10, 20, "0000000000"));
        assertThat(decoded.check("secret", at(19)).accepted()).isTrue();
    }

    @Test
    void rejectsMalformedSignsWithoutRepeatingThem() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[20]);
        String badLayout = Base64.getEncoder().encodeToString(concat(new byte[20], "x=1&y=2".getBytes(StandardCharsets.UTF_8)));
        String notUtf8 = Base64.getEncoder().encodeToString(concat(new byte[20], new byte[] {'a', '=', (byte) 0xC3}));

        assertMalformed(SIGN.replace('+', ' '), "sign is not standard Base64");
        assertMalformed(SIGN.replace('+', '-'), "sign is not standard Base64");
        assertMalformed(tooShort, "sign is too short to hold a MAC and raw text");
        assertMalformed(badLayout, "raw text is not laid out as a=<api_key>&b=<expire>&c=<current>&d=<random>");
        assertMalformed(notUtf8, "raw text of the sign is not UTF-8");
    }

    @Test
    void toStringShowsTheFieldsButNotTheMac() {
        assertThat(DecodedBizTokenSign.decode(SIGN).toString()).isEqualTo("DecodedBizTokenSign[BizTokenSignPayload["
                + "apiKey=faceid-test-key, currentTime=1700000000, expireTime=1700000300, random=0123456789]]");
    }

    private static void assertMalformed(String sign, String message) {
        assertThatThrownBy(() -> DecodedBizTokenSign.decode(sign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .message().doesNotContain(sign);
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
