package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MaxLengthChangedRuleTest {

    private final MaxLengthChangedRule rule = new MaxLengthChangedRule();

    @Test
    void aLowerMaxLengthBreaksRequests() {
        breaking(schema(rule, REQUEST, "{maxLength: 32}", "{maxLength: 16}"), MaxLengthChangedRule.NAME, "maxLength 32 → 16");
        compatible(schema(rule, REQUEST, "{maxLength: 32}", "{maxLength: 64}"), MaxLengthChangedRule.NAME, "maxLength 32 → 64");
    }

    @Test
    void aHigherOrRemovedMaxLengthBreaksResponses() {
        breaking(schema(rule, RESPONSE, "{maxLength: 32}", "{maxLength: 64}"), MaxLengthChangedRule.NAME, "may now arrive");
        breaking(schema(rule, RESPONSE, "{maxLength: 32}", "{}"), MaxLengthChangedRule.NAME, "maxLength 32 → (none)");
        compatible(schema(rule, RESPONSE, "{maxLength: 32}", "{maxLength: 16}"), MaxLengthChangedRule.NAME, "maxLength 32 → 16");
    }
}
