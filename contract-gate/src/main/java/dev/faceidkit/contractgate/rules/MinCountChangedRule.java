package dev.faceidkit.contractgate.rules;

/** {@code min-count-changed}: {@code minItems}, {@code minProperties} (see {@link LimitRule} for when it breaks). */
public final class MinCountChangedRule extends LimitRule {

    public static final String NAME = "min-count-changed";

    public MinCountChangedRule() {
        super(NAME, false, "minItems", "minProperties");
    }
}
