package dev.faceidkit.signing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A biz-token sign taken apart: the raw fields, readable without the secret, and the MAC, checkable with it.
 *
 * <p>A server first decodes the sign to learn the api_key, looks up that key's secret, then calls
 * {@link #check(String, Clock)}.
 */
public final class DecodedBizTokenSign {

    private final BizTokenSignPayload payload;
    private final byte[] mac;
    // The MAC covers these exact bytes; re-rendering the payload could differ (say, leading zeros in b or c).
    private final byte[] raw;

    private DecodedBizTokenSign(BizTokenSignPayload payload, byte[] mac, byte[] raw) {
        this.payload = payload;
        this.mac = mac;
        this.raw = raw;
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\r?\\n");

    /**
     * Decodes a sign made by {@link BizTokenSigner}.
     *
     * Line breaks inside the sign (CRLF or LF, as MIME Base64 encoders wrap every 76 characters and end the text)
     * are removed first; any other character outside standard Base64, a space included, is refused (D-56).
     *
     * @throws IllegalArgumentException if it is not standard Base64 of a MAC and well-formed raw text; the
     *                                  message never repeats the sign
     */
    public static DecodedBizTokenSign decode(String sign) {
        Objects.requireNonNull(sign, "sign");
        byte[] bytes;
        try {
            // Line breaks are MIME line wrapping (Python's base64.encodebytes, Android's Base64.DEFAULT): D-56.
            bytes = Base64.getDecoder().decode(LINE_BREAKS.matcher(sign).replaceAll(""));
        } catch (IllegalArgumentException e) {
            // A '+' that travelled unencoded in a URL arrives as a space and lands here.
            throw new IllegalArgumentException("sign is not standard Base64");
        }
        if (bytes.length <= HmacSha1.LENGTH) {
            throw new IllegalArgumentException("sign is too short to hold a MAC and raw text");
        }
        byte[] mac = Arrays.copyOfRange(bytes, 0, HmacSha1.LENGTH);
        byte[] raw = Arrays.copyOfRange(bytes, HmacSha1.LENGTH, bytes.length);
        return new DecodedBizTokenSign(BizTokenSignPayload.parse(strictUtf8(raw)), mac, raw);
    }

    public BizTokenSignPayload payload() {
        return payload;
    }

    /**
     * Checks the MAC in constant time and the expiry against the clock. The sign counts as expired once the
     * clock reaches its expire time.
     */
    public BizTokenSignCheck check(String apiSecret, Clock clock) {
        BizTokenSigner.requireValidSecret(apiSecret);
        Objects.requireNonNull(clock, "clock");
        byte[] expected = HmacSha1.mac(apiSecret, raw);
        boolean macValid = MessageDigest.isEqual(expected, mac);
        boolean expired = clock.instant().getEpochSecond() >= payload.expireTime();
        return new BizTokenSignCheck(macValid, expired);
    }

    @Override
    public String toString() {
        return "DecodedBizTokenSign[" + payload + "]";
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("raw text of the sign is not UTF-8");
        }
    }
}
