package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MaxPixelsChangedRuleTest {

    private final MaxPixelsChangedRule rule = new MaxPixelsChangedRule();

    @Test
    void aLowerPixelLimitBreaksRequests() {
        breaking(schema(rule, REQUEST, "{x-faceid-max-pixels: 4096}", "{x-faceid-max-pixels: 2048}"), MaxPixelsChangedRule.NAME,
                "x-faceid-max-pixels 4096 → 2048");
    }
}
