package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class ParameterSerializationRuleTest {

    private final ParameterSerializationRule rule = new ParameterSerializationRule();

    @Test
    void aChangedStyleBreaks() {
        breaking(run(out -> rule.check(WHERE, yaml("{style: form}"), yaml("{style: spaceDelimited}"), out)), ParameterSerializationRule.NAME,
                "style 'form' → 'spaceDelimited' (the value is serialized differently)");
    }
}
