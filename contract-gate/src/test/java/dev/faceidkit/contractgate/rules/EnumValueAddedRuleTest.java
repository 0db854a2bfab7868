package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class EnumValueAddedRuleTest {

    private final EnumValueAddedRule rule = new EnumValueAddedRule();

    @Test
    void anAddedValueBreaksResponsesOnly() {
        compatible(schema(rule, REQUEST, "{enum: [a]}", "{enum: [a, b]}"), EnumValueAddedRule.NAME, "enum gained b");
        breaking(schema(rule, RESPONSE, "{enum: [a]}", "{enum: [a, b]}"), EnumValueAddedRule.NAME, "clients do not know the new values");
        none(schema(rule, RESPONSE, "{enum: [a, b]}", "{enum: [a]}"));
    }
}
