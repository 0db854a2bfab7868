package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class FieldRequiredChangedRuleTest {

    private final FieldRequiredChangedRule rule = new FieldRequiredChangedRule();

    @Test
    void anOptionalRequestFieldMadeRequiredBreaks() {
        breaking(props(rule, REQUEST, "{properties: {a: {}}}", "{properties: {a: {}}, required: [a]}"), FieldRequiredChangedRule.NAME,
                "became required");
        compatible(props(rule, RESPONSE, "{properties: {a: {}}}", "{properties: {a: {}}, required: [a]}"), FieldRequiredChangedRule.NAME,
                "is now always present");
    }

    @Test
    void aResponseFieldNoLongerRequiredBreaks() {
        breaking(props(rule, RESPONSE, "{properties: {a: {}}, required: [a]}", "{properties: {a: {}}}"), FieldRequiredChangedRule.NAME,
                "may now be absent");
        compatible(props(rule, REQUEST, "{properties: {a: {}}, required: [a]}", "{properties: {a: {}}}"), FieldRequiredChangedRule.NAME,
                "is no longer required");
    }
}
