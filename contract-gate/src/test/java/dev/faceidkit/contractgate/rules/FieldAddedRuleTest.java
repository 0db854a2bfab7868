package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class FieldAddedRuleTest {

    private final FieldAddedRule rule = new FieldAddedRule();

    @Test
    void aNewRequiredRequestFieldBreaks() {
        breaking(props(rule, REQUEST, "{properties: {a: {}}}", "{properties: {a: {}, b: {}}, required: [b]}"),
                FieldAddedRule.NAME, "new required field: requests without it are rejected");
    }

    @Test
    void aNewOptionalOrResponseFieldIsCompatible() {
        compatible(props(rule, REQUEST, "{properties: {a: {}}}", "{properties: {a: {}, b: {}}}"), FieldAddedRule.NAME,
                "new optional field");
        compatible(props(rule, RESPONSE, "{properties: {a: {}}}", "{properties: {a: {}, b: {}}, required: [b]}"),
                FieldAddedRule.NAME, "new field");
    }

    @Test
    void anAlternativeRedeclaringItsParentsTypeOnlyConstrainsNothing() {
        compatible(run(out -> rule.check(new PropertiesPair(REQUEST, BASE, "", view("{}"),
                view("{properties: {f: {type: string, format: binary}}}"),
                java.util.Map.of("f", yaml("{type: string, format: binary, description: a file}"))), out)),
                FieldAddedRule.NAME, "the alternative now redeclares this field by its parent's type only: no new"
                        + " constraint");
    }

    @Test
    void anAlternativeNarrowingItsParentsFieldBreaksARequest() {
        breaking(run(out -> rule.check(new PropertiesPair(REQUEST, BASE, "", view("{}"),
                view("{properties: {f: {type: string, maxLength: 8}}}"),
                java.util.Map.of("f", yaml("{type: string}"))), out)),
                FieldAddedRule.NAME, "the alternative now constrains this field: values accepted before may be"
                        + " rejected");
    }
}
