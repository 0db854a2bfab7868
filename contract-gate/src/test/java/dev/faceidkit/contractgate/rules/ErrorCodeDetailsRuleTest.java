package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeDetailsRuleTest {

    private final ErrorCodeDetailsRule rule = new ErrorCodeDetailsRule();

    @Test
    void changedDetailsAreReportedAsCompatible() {
        compatible(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{code: X, billed: false}")),
                Map.of("400", yaml("{code: X, billed: true}")), out)), ErrorCodeDetailsRule.NAME, "billed false → true");
        compatible(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{detail-values: [a]}")),
                Map.of("400", yaml("{detail-values: [a, b]}")), out)), ErrorCodeDetailsRule.NAME, "new detail value(s): b");
    }
}
