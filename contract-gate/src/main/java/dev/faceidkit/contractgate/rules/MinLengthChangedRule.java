package dev.faceidkit.contractgate.rules;

/** {@code min-length-changed}: {@code minLength} (see {@link LimitRule} for when it breaks). */
public final class MinLengthChangedRule extends LimitRule {

    public static final String NAME = "min-length-changed";

    public MinLengthChangedRule() {
        super(NAME, false, "minLength");
    }
}
