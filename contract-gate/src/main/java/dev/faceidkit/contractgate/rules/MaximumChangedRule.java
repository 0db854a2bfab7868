package dev.faceidkit.contractgate.rules;

/** {@code maximum-changed}: {@code maximum} (see {@link LimitRule} for when it breaks). */
public final class MaximumChangedRule extends LimitRule {

    public static final String NAME = "maximum-changed";

    public MaximumChangedRule() {
        super(NAME, true, "maximum");
    }
}
