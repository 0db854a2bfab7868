package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeAddedRuleTest {

    private final ErrorCodeAddedRule rule = new ErrorCodeAddedRule();

    @Test
    void aNewCodeIsCompatible() {
        compatible(run(out -> rule.check("GET /a · error code `X`", Map.of(), Map.of("400", yaml("{code: X}")), out)),
                ErrorCodeAddedRule.NAME, "new error code with 400");
    }
}
