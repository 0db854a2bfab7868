package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class LimitFlagChangedRuleTest {

    private final LimitFlagChangedRule rule = new LimitFlagChangedRule();

    @Test
    void turningAFlagOnBreaksRequests() {
        breaking(schema(rule, REQUEST, "{maximum: 5}", "{maximum: 5, exclusiveMaximum: true}"), LimitFlagChangedRule.NAME,
                "exclusiveMaximum (none) → true");
        compatible(schema(rule, RESPONSE, "{maximum: 5}", "{maximum: 5, exclusiveMaximum: true}"), LimitFlagChangedRule.NAME,
                "exclusiveMaximum");
        breaking(schema(rule, RESPONSE, "{uniqueItems: true}", "{}"), LimitFlagChangedRule.NAME, "uniqueItems true → (none)");
    }
}
