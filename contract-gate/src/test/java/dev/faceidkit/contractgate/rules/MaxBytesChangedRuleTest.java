package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MaxBytesChangedRuleTest {

    private final MaxBytesChangedRule rule = new MaxBytesChangedRule();

    @Test
    void aLowerByteLimitBreaksRequests() {
        breaking(schema(rule, REQUEST, "{x-faceid-max-bytes: 2097152}", "{x-faceid-max-bytes: 1048576}"), MaxBytesChangedRule.NAME,
                "x-faceid-max-bytes 2097152 → 1048576");
        compatible(schema(rule, REQUEST, "{x-faceid-max-request-bytes: 10}", "{x-faceid-max-request-bytes: 20}"),
                MaxBytesChangedRule.NAME, "x-faceid-max-request-bytes 10 → 20");
    }
}
