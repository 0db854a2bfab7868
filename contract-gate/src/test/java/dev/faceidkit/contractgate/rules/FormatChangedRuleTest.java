package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import org.junit.jupiter.api.Test;

class FormatChangedRuleTest {

    private final FormatChangedRule rule = new FormatChangedRule();

    @Test
    void aFilePartBecomingTextIsBreaking() {
        breaking(schema(rule, REQUEST, "{type: string, format: binary}", "{type: string}"), FormatChangedRule.NAME,
                "format binary → (none) (a file part becomes a text value");
    }

    @Test
    void passwordIsDocumentationOnly() {
        compatible(schema(rule, REQUEST, "{type: string}", "{type: string, format: password}"), FormatChangedRule.NAME,
                "format (none) → password");
    }
}
