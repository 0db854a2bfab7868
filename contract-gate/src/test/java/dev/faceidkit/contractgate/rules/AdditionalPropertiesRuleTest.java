package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class AdditionalPropertiesRuleTest {

    private final AdditionalPropertiesRule rule = new AdditionalPropertiesRule();

    @Test
    void closingARequestObjectBreaks() {
        breaking(schema(rule, REQUEST, "{type: object}", "{type: object, additionalProperties: false}"), AdditionalPropertiesRule.NAME,
                "additional properties no longer allowed");
        compatible(schema(rule, RESPONSE, "{type: object}", "{type: object, additionalProperties: false}"), AdditionalPropertiesRule.NAME,
                "additionalProperties (none) → false");
        none(schema(rule, REQUEST, "{additionalProperties: {type: string}}", "{additionalProperties: {type: integer}}"));
    }
}
