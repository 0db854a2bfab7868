package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class FieldRemovedRuleTest {

    private final FieldRemovedRule rule = new FieldRemovedRule();

    @Test
    void aRemovedFieldBreaksBothSides() {
        breaking(props(rule, REQUEST, "{properties: {a: {}, b: {}}}", "{properties: {a: {}}}"), FieldRemovedRule.NAME,
                "field removed (clients that send it");
        breaking(props(rule, RESPONSE, "{properties: {a: {}, b: {}}}", "{properties: {a: {}}}"), FieldRemovedRule.NAME,
                "clients reading it get nothing");
        none(props(rule, RESPONSE, "{properties: {a: {}}}", "{properties: {a: {}, b: {}}}"));
    }

    @Test
    void anAlternativeNoLongerRedeclaringItsParentsFieldRemovesNothing() {
        none(run(out -> rule.check(new PropertiesPair(REQUEST, BASE, "", view("{properties: {a: {}}}"), view("{}"),
                java.util.Map.of("a", yaml("{type: string}"))), out)));
    }
}
