package dev.faceidkit.contractgate.rules;

/** {@code max-length-changed}: {@code maxLength} (see {@link LimitRule} for when it breaks). */
public final class MaxLengthChangedRule extends LimitRule {

    public static final String NAME = "max-length-changed";

    public MaxLengthChangedRule() {
        super(NAME, true, "maxLength");
    }
}
