package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class ResponseStatusRuleTest {

    private final ResponseStatusRule rule = new ResponseStatusRule();

    @Test
    void aRemovedStatusBreaks() {
        breaking(run(out -> rule.removed("GET /a · response 403", out)), ResponseStatusRule.NAME, "response status removed");
        compatible(run(out -> rule.added("GET /a · response 429", out)), ResponseStatusRule.NAME, "new response status");
    }
}
