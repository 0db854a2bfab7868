package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class NullableChangedRuleTest {

    private final NullableChangedRule rule = new NullableChangedRule();

    @Test
    void aResponseFieldBecomingNullableBreaks() {
        breaking(schema(rule, RESPONSE, "{type: string}", "{type: string, nullable: true}"), NullableChangedRule.NAME,
                "clients must accept null");
        compatible(schema(rule, REQUEST, "{type: string}", "{type: string, nullable: true}"), NullableChangedRule.NAME, "now nullable");
    }

    @Test
    void aRequestFieldNoLongerNullableBreaks() {
        breaking(schema(rule, REQUEST, "{nullable: true}", "{}"), NullableChangedRule.NAME, "null is rejected");
    }
}
