package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class InfoVersionRuleTest {

    private final InfoVersionRule rule = new InfoVersionRule();

    @Test
    void aNewVersionIsReported() {
        compatible(document(rule, "{info: {version: 1.0.0}}", "{info: {version: 1.1.0}}"), InfoVersionRule.NAME, "1.0.0 → 1.1.0");
        none(document(rule, "{info: {version: 1.0.0}}", "{info: {version: 1.0.0}}"));
    }
}
