package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ErrorCodeStatusRuleTest {

    private final ErrorCodeStatusRule rule = new ErrorCodeStatusRule();

    @Test
    void aCodeMovedToAnotherStatusBreaks() {
        breaking(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{code: X}")),
                Map.of("403", yaml("{code: X}")), out)), ErrorCodeStatusRule.NAME, "returned with 403 instead of 400");
        compatible(run(out -> rule.check("GET /a · error code `X`", Map.of("400", yaml("{code: X}")),
                new TreeMap<>(Map.of("400", yaml("{code: X}"), "403", yaml("{code: X}"))), out)), ErrorCodeStatusRule.NAME,
                "now also returned with 403");
    }
}
