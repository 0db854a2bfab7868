package dev.faceidkit.contractgate.rules;

/** {@code max-bytes-changed}: {@code x-faceid-max-bytes}, {@code x-faceid-max-request-bytes} (see {@link LimitRule} for when it breaks). */
public final class MaxBytesChangedRule extends LimitRule {

    public static final String NAME = "max-bytes-changed";

    public MaxBytesChangedRule() {
        super(NAME, true, "x-faceid-max-bytes", "x-faceid-max-request-bytes");
    }
}
