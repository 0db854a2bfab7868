package dev.faceidkit.signing;

/**
 * The outcome of checking a decoded sign against a secret and a clock.
 *
 * @param macValid whether the HMAC matches the raw text under the given secret
 * @param expired  whether the clock had reached the sign's expire time
 */
public record BizTokenSignCheck(boolean macValid, boolean expired) {

    /** Whether a server should accept the sign. */
    public boolean accepted() {
        return macValid && !expired;
    }
}
