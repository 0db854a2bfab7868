package dev.faceidkit.contractgate.rules;

/** {@code max-pixels-changed}: {@code x-faceid-max-pixels} (see {@link LimitRule} for when it breaks). */
public final class MaxPixelsChangedRule extends LimitRule {

    public static final String NAME = "max-pixels-changed";

    public MaxPixelsChangedRule() {
        super(NAME, true, "x-faceid-max-pixels");
    }
}
