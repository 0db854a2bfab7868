package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class OperationDeprecatedRuleTest {

    private final OperationDeprecatedRule rule = new OperationDeprecatedRule();

    @Test
    void deprecationIsCompatible() {
        compatible(run(out -> rule.check("GET /a", OperationIdRuleTest.op("{}"),
                OperationIdRuleTest.op("{deprecated: true}"), out)), OperationDeprecatedRule.NAME, "operation deprecated");
    }
}
