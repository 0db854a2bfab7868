package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class ParameterRequiredRuleTest {

    private final ParameterRequiredRule rule = new ParameterRequiredRule();

    @Test
    void anOptionalParameterMadeRequiredBreaks() {
        breaking(run(out -> rule.check(WHERE, yaml("{name: a}"), yaml("{name: a, required: true}"), out)), ParameterRequiredRule.NAME,
                "parameter became required");
        compatible(run(out -> rule.check(WHERE, yaml("{required: true}"), yaml("{}"), out)), ParameterRequiredRule.NAME,
                "no longer required");
    }
}
