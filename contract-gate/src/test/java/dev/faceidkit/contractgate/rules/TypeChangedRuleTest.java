package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class TypeChangedRuleTest {

    private final TypeChangedRule rule = new TypeChangedRule();

    @Test
    void aDifferentTypeBreaksBothSides() {
        breaking(schema(rule, REQUEST, "{type: string}", "{type: integer}"), TypeChangedRule.NAME, "type string → integer");
        breaking(schema(rule, RESPONSE, "{type: string}", "{type: integer}"), TypeChangedRule.NAME, "type string → integer");
    }

    @Test
    void aNewTypeBreaksRequestsOnly() {
        breaking(schema(rule, REQUEST, "{}", "{type: string}"), TypeChangedRule.NAME, "now restricted to string");
        compatible(schema(rule, RESPONSE, "{}", "{type: string}"), TypeChangedRule.NAME, "now restricted to string");
        none(schema(rule, REQUEST, "{type: string}", "{type: string}"));
    }
}
