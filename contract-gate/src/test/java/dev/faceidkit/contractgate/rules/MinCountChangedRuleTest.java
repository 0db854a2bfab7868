package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MinCountChangedRuleTest {

    private final MinCountChangedRule rule = new MinCountChangedRule();

    @Test
    void moreItemsRequiredBreakRequests() {
        breaking(schema(rule, REQUEST, "{minItems: 1}", "{minItems: 2}"), MinCountChangedRule.NAME, "minItems 1 → 2");
        compatible(schema(rule, REQUEST, "{minProperties: 2}", "{minProperties: 1}"), MinCountChangedRule.NAME, "minProperties 2 → 1");
    }
}
