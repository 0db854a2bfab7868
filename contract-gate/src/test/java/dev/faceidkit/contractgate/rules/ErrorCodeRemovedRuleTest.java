package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeRemovedRuleTest {

    private final ErrorCodeRemovedRule rule = new ErrorCodeRemovedRule();

    @Test
    void aCodeNoLongerListedBreaks() {
        breaking(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{code: X}")), Map.of(), out)),
                ErrorCodeRemovedRule.NAME, "error code removed (was returned with 400)");
        none(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{code: X}")),
                Map.of("400", yaml("{code: X}")), out)));
    }
}
