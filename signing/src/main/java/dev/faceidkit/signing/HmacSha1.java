package dev.faceidkit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA1 keyed with the UTF-8 bytes of an api_secret. */
final class HmacSha1 {

    static final int LENGTH = 20;
    private static final String ALGORITHM = "HmacSHA1";

    private HmacSha1() {
    }

    static byte[] mac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must provide HmacSHA1, so this means a broken runtime.
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }
}
