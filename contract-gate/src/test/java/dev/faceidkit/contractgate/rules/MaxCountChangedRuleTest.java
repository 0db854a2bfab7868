package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MaxCountChangedRuleTest {

    private final MaxCountChangedRule rule = new MaxCountChangedRule();

    @Test
    void fewerItemsBreakRequests() {
        breaking(schema(rule, REQUEST, "{maxItems: 5}", "{maxItems: 3}"), MaxCountChangedRule.NAME, "maxItems 5 → 3");
        compatible(schema(rule, REQUEST, "{maxProperties: 5}", "{maxProperties: 9}"), MaxCountChangedRule.NAME, "maxProperties 5 → 9");
    }
}
