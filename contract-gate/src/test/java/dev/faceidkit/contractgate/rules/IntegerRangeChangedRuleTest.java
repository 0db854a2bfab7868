package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class IntegerRangeChangedRuleTest {

    private final IntegerRangeChangedRule rule = new IntegerRangeChangedRule();

    @Test
    void aNarrowedRangeBreaksRequests() {
        breaking(schema(rule, REQUEST, "{x-faceid-integer-range: {minimum: 5, maximum: 60}}",
                "{x-faceid-integer-range: {minimum: 5, maximum: 30}}"), IntegerRangeChangedRule.NAME, "(narrowed)");
        compatible(schema(rule, RESPONSE, "{x-faceid-integer-range: {minimum: 5, maximum: 60}}",
                "{x-faceid-integer-range: {minimum: 10, maximum: 60}}"), IntegerRangeChangedRule.NAME, "(narrowed)");
    }

    @Test
    void aWidenedRangeBreaksResponses() {
        compatible(schema(rule, REQUEST, "{x-faceid-integer-range: {minimum: 5, maximum: 60}}",
                "{x-faceid-integer-range: {minimum: 5, maximum: 90}}"), IntegerRangeChangedRule.NAME, "(widened)");
        breaking(schema(rule, RESPONSE, "{x-faceid-integer-range: {minimum: 5, maximum: 60}}",
                "{x-faceid-integer-range: {minimum: 5, maximum: 90}}"), IntegerRangeChangedRule.NAME, "(widened)");
    }
}
