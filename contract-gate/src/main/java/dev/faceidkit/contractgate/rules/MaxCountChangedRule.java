package dev.faceidkit.contractgate.rules;

/** {@code max-count-changed}: {@code maxItems}, {@code maxProperties} (see {@link LimitRule} for when it breaks). */
public final class MaxCountChangedRule extends LimitRule {

    public static final String NAME = "max-count-changed";

    public MaxCountChangedRule() {
        super(NAME, true, "maxItems", "maxProperties");
    }
}
