package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MaximumChangedRuleTest {

    private final MaximumChangedRule rule = new MaximumChangedRule();

    @Test
    void aLowerMaximumBreaksRequests() {
        breaking(schema(rule, REQUEST, "{maximum: 100}", "{maximum: 50}"), MaximumChangedRule.NAME, "maximum 100 → 50");
        compatible(schema(rule, REQUEST, "{maximum: 100}", "{}"), MaximumChangedRule.NAME, "maximum 100 → (none)");
    }
}
