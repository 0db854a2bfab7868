package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class MinLengthChangedRuleTest {

    private final MinLengthChangedRule rule = new MinLengthChangedRule();

    @Test
    void aHigherMinLengthBreaksRequests() {
        breaking(schema(rule, REQUEST, "{minLength: 1}", "{minLength: 4}"), MinLengthChangedRule.NAME, "minLength 1 → 4");
        breaking(schema(rule, RESPONSE, "{minLength: 4}", "{minLength: 1}"), MinLengthChangedRule.NAME, "minLength 4 → 1");
    }
}
