package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class ResponseHeaderRuleTest {

    private final ResponseHeaderRule rule = new ResponseHeaderRule();

    @Test
    void aRemovedHeaderBreaks() {
        breaking(run(out -> rule.removed("GET /a · response 200 · header `X`", out)), ResponseHeaderRule.NAME, "response header removed");
        compatible(run(out -> rule.added("GET /a · response 200 · header `X`", out)), ResponseHeaderRule.NAME, "new response header");
    }
}
