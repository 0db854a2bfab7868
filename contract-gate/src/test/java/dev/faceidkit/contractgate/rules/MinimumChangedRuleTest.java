package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MinimumChangedRuleTest {

    private final MinimumChangedRule rule = new MinimumChangedRule();

    @Test
    void aRemovedResponseMinimumBreaks() {
        breaking(schema(rule, RESPONSE, "{minimum: 0}", "{}"), MinimumChangedRule.NAME,
                "minimum 0 → (none) (values outside the old limit may now arrive)");
        breaking(schema(rule, REQUEST, "{}", "{minimum: 0}"), MinimumChangedRule.NAME, "minimum (none) → 0");
    }
}
