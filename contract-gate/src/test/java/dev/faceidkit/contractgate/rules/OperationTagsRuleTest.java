package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class OperationTagsRuleTest {

    private final OperationTagsRule rule = new OperationTagsRule();

    @Test
    void changedTagsAreReported() {
        compatible(run(out -> rule.check("GET /a", OperationIdRuleTest.op("{tags: [A]}"),
                OperationIdRuleTest.op("{tags: [B]}"), out)), OperationTagsRule.NAME, "tags [A] → [B]");
    }
}
