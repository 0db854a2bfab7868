package dev.faceidkit.signing;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed text of a biz-token sign: {@code a=<api_key>&b=<expire_time>&c=<current_time>&d=<random>}.
 *
 * @param apiKey      the api_key the sign is issued for
 * @param currentTime when the sign was made, UNIX seconds
 * @param expireTime  absolute expiry, UNIX seconds, after {@code currentTime}
 * @param random      the vendor's "unsigned decimal of at most 10 digits", kept as text so leading zeros survive;
 *                    a decimal of up to 20 digits with an optional minus sign is accepted too (D-57), as clients
 *                    in the wild send {@code Math.abs(Integer.MIN_VALUE)} or 11 digits. The signer writes 10.
 */
public record BizTokenSignPayload(String apiKey, long currentTime, long expireTime, String random) {

    private static final Pattern RANDOM = Pattern.compile("-?[0-9]{1,20}");
    // a=<key> is greedy up to the last "&b=": b, c and d are digits only, so the split is unambiguous.
    private static final Pattern RAW = Pattern.compile("a=(.+)&b=([0-9]{1,19})&c=([0-9]{1,19})&d=(-?[0-9]{1,20})");

    public BizTokenSignPayload {
        requireValidApiKey(apiKey);
        if (currentTime < 0) {
            throw new IllegalArgumentException("currentTime must not be negative, was " + currentTime);
        }
        if (expireTime <= currentTime) {
            throw new IllegalArgumentException(
                    "expireTime (" + expireTime + ") must be after currentTime (" + currentTime + ")");
        }
        Objects.requireNonNull(random, "random");
        if (!RANDOM.matcher(random).matches()) {
            throw new IllegalArgumentException("random must be a decimal of 1 to 20 digits, optionally negative");
        }
    }

    /** Rejects an api_key that cannot be placed in the raw text. */
    static void requireValidApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be null or blank");
        }
        // An '&' in the key would make the raw text ambiguous to parse.
        if (apiKey.indexOf('&') >= 0) {
            throw new IllegalArgumentException("apiKey must not contain '&'");
        }
    }

    /** The exact text that is MACed and appended to the MAC inside the sign. */
    public String toRawString() {
        return "a=" + apiKey + "&b=" + expireTime + "&c=" + currentTime + "&d=" + random;
    }

    /**
     * Reads text laid out by {@link #toRawString()}.
     *
     * @throws IllegalArgumentException if the layout or a field is invalid
     */
    public static BizTokenSignPayload parse(String raw) {
        Matcher m = RAW.matcher(Objects.requireNonNull(raw, "raw"));
        if (!m.matches()) {
            throw new IllegalArgumentException("raw text is not laid out as a=<api_key>&b=<expire>&c=<current>&d=<random>");
        }
        try {
            return new BizTokenSignPayload(m.group(1), Long.parseLong(m.group(3)), Long.parseLong(m.group(2)), m.group(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time field out of range", e);
        }
    }
}
