package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class OperationAddedOrRemovedRuleTest {

    private final OperationAddedOrRemovedRule rule = new OperationAddedOrRemovedRule();

    @Test
    void aRemovedOperationBreaks() {
        breaking(document(rule, "{paths: {/a: {get: {}}, /b: {post: {}}}}", "{paths: {/a: {get: {}}}}"), OperationAddedOrRemovedRule.NAME,
                "operation removed");
        compatible(document(rule, "{paths: {/a: {get: {}}}}", "{paths: {/a: {get: {}, put: {}}}}"), OperationAddedOrRemovedRule.NAME,
                "new operation");
    }
}
