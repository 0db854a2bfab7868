package dev.faceidkit.signing;

import java.util.Objects;

/**
 * A sign ready to send as the {@code sign} and {@code sign_version} form fields of get_biz_token.
 *
 * <p>{@link #toString()} leaves the sign out: it is a bearer credential until {@code expireTime}.
 *
 * @param sign        standard Base64 of HMAC-SHA1 followed by the raw text
 * @param currentTime when the sign was made, UNIX seconds
 * @param expireTime  when the sign stops being accepted, UNIX seconds
 * @param random      the random field, as text
 */
public record BizTokenSignature(String sign, long currentTime, long expireTime, String random) {

    /** The only {@code sign_version} this sign is valid for. */
    public static final String SIGN_VERSION = "hmac_sha1";

    public BizTokenSignature {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(random, "random");
    }

    /** Value for the {@code sign_version} form field. */
    public String signVersion() {
        return SIGN_VERSION;
    }

    @Override
    public String toString() {
        return "BizTokenSignature[signVersion=" + SIGN_VERSION + ", currentTime=" + currentTime
                + ", expireTime=" + expireTime + ", random=" + random + ", sign=***]";
    }
}
