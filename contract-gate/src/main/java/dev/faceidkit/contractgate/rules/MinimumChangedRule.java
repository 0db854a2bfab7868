package dev.faceidkit.contractgate.rules;

/** {@code minimum-changed}: {@code minimum} (see {@link LimitRule} for when it breaks). */
public final class MinimumChangedRule extends LimitRule {

    public static final String NAME = "minimum-changed";

    public MinimumChangedRule() {
        super(NAME, false, "minimum");
    }
}
