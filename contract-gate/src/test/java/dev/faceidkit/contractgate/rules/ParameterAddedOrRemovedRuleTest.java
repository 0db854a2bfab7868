package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class ParameterAddedOrRemovedRuleTest {

    private final ParameterAddedOrRemovedRule rule = new ParameterAddedOrRemovedRule();

    @Test
    void aRemovedOrNewRequiredParameterBreaks() {
        breaking(run(out -> rule.check(WHERE, yaml("{name: a, in: query}"), null, out)), ParameterAddedOrRemovedRule.NAME, "parameter removed");
        breaking(run(out -> rule.check(WHERE, null, yaml("{name: a, in: query, required: true}"), out)), ParameterAddedOrRemovedRule.NAME,
                "new required parameter");
        compatible(run(out -> rule.check(WHERE, null, yaml("{name: a, in: query}"), out)), ParameterAddedOrRemovedRule.NAME,
                "new optional parameter");
    }
}
