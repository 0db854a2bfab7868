package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class PatternChangedRuleTest {

    private final PatternChangedRule rule = new PatternChangedRule();

    private static final String RANGE_5_60 = "{type: string, pattern: \"^([5-9]|[1-5][0-9]|60)$\","
            + " x-faceid-integer-range: {minimum: 5, maximum: 60}}";
    private static final String RANGE_5_90 = "{type: string, pattern: \"^([5-9]|[1-8][0-9]|90)$\","
            + " x-faceid-integer-range: {minimum: 5, maximum: 90}}";
    private static final String RANGE_5_30 = "{type: string, pattern: \"^([5-9]|[12][0-9]|30)$\","
            + " x-faceid-integer-range: {minimum: 5, maximum: 30}}";

    @Test
    void aChangedPatternIsBreakingByItsText() {
        breaking(schema(rule, REQUEST, "{pattern: \"^[a-z]+$\"}", "{pattern: \"^[a-z0-9]+$\"}"), PatternChangedRule.NAME,
                "values valid before may be rejected");
        breaking(schema(rule, RESPONSE, "{pattern: \"^[a-z]+$\"}", "{}"), PatternChangedRule.NAME, "values of another form may arrive");
        compatible(schema(rule, RESPONSE, "{}", "{pattern: \"^[a-z]+$\"}"), PatternChangedRule.NAME, "pattern (none)");
    }

    @Test
    void aWidenedIntegerRangeWithItsPatternIsCompatibleInARequest() {
        compatible(schema(rule, REQUEST, RANGE_5_60, RANGE_5_90), PatternChangedRule.NAME,
                "every integer accepted before is still accepted");
    }

    @Test
    void aNarrowedIntegerRangeWithItsPatternIsBreakingInARequest() {
        breaking(schema(rule, REQUEST, RANGE_5_60, RANGE_5_30), PatternChangedRule.NAME, "'31' was accepted and is now rejected");
    }

    @Test
    void aWidenedIntegerRangeIsBreakingInAResponse() {
        breaking(schema(rule, RESPONSE, RANGE_5_60, RANGE_5_90), PatternChangedRule.NAME, "'61' may now arrive");
        compatible(schema(rule, RESPONSE, RANGE_5_60, RANGE_5_30), PatternChangedRule.NAME, "every integer that may arrive matched");
    }
}
