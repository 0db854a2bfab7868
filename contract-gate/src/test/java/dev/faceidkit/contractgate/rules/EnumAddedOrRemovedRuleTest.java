package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class EnumAddedOrRemovedRuleTest {

    private final EnumAddedOrRemovedRule rule = new EnumAddedOrRemovedRule();

    @Test
    void restrictingAFreeValueBreaksRequests() {
        breaking(schema(rule, REQUEST, "{type: string}", "{type: string, enum: [a, b]}"), EnumAddedOrRemovedRule.NAME,
                "now restricted to the values a, b");
    }

    @Test
    void droppingAResponseEnumBreaksReaders() {
        breaking(schema(rule, RESPONSE, "{type: string, enum: [a]}", "{type: string, x-extensible-enum: [a]}"),
                EnumAddedOrRemovedRule.NAME, "opened into x-extensible-enum");
        compatible(schema(rule, REQUEST, "{type: string, enum: [a]}", "{type: string}"), EnumAddedOrRemovedRule.NAME,
                "any value accepted");
    }
}
