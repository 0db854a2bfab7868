package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class EnumValueRemovedRuleTest {

    private final EnumValueRemovedRule rule = new EnumValueRemovedRule();

    @Test
    void aRemovedValueBreaksRequestsOnly() {
        breaking(schema(rule, REQUEST, "{enum: [a, b]}", "{enum: [a]}"), EnumValueRemovedRule.NAME, "enum narrowed: b no longer accepted");
        compatible(schema(rule, RESPONSE, "{enum: [a, b]}", "{enum: [a]}"), EnumValueRemovedRule.NAME, "b no longer returned");
        none(schema(rule, REQUEST, "{enum: [a]}", "{enum: [a, b]}"));
    }
}
