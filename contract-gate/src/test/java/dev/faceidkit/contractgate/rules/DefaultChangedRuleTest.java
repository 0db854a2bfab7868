package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class DefaultChangedRuleTest {

    private final DefaultChangedRule rule = new DefaultChangedRule();

    @Test
    void aChangedRequestDefaultBreaks() {
        breaking(schema(rule, REQUEST, "{default: \"1\"}", "{default: \"0\"}"), DefaultChangedRule.NAME, "default '1' → '0'");
        compatible(schema(rule, RESPONSE, "{default: \"1\"}", "{default: \"0\"}"), DefaultChangedRule.NAME, "default");
    }
}
