package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class ExtensibleEnumRuleTest {

    private final ExtensibleEnumRule rule = new ExtensibleEnumRule();

    @Test
    void addedOpenValuesAreCompatibleEverywhere() {
        compatible(schema(rule, RESPONSE, "{x-extensible-enum: [A]}", "{x-extensible-enum: [A, B]}"), ExtensibleEnumRule.NAME,
                "x-extensible-enum gained B");
        compatible(schema(rule, REQUEST, "{x-extensible-enum: [A]}", "{x-extensible-enum: [A, B]}"), ExtensibleEnumRule.NAME,
                "x-extensible-enum gained B");
    }

    @Test
    void aRemovedOpenValueBreaksRequestsOnly() {
        breaking(schema(rule, REQUEST, "{x-extensible-enum: [A, B]}", "{x-extensible-enum: [A]}"), ExtensibleEnumRule.NAME,
                "no longer lists B");
        compatible(schema(rule, RESPONSE, "{x-extensible-enum: [A, B]}", "{x-extensible-enum: [A]}"), ExtensibleEnumRule.NAME,
                "clients already accept any value");
    }
}
