package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import dev.faceidkit.contractgate.compare.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationIdRuleTest {

    private final OperationIdRule rule = new OperationIdRule();

    @Test
    void aRenamedOperationIdBreaks() {
        breaking(run(out -> rule.check("GET /a", op("{operationId: getA}"), op("{operationId: fetchA}"), out)),
                OperationIdRule.NAME, "operationId `getA` → `fetchA`");
        none(run(out -> rule.check("GET /a", op("{operationId: getA}"), op("{operationId: getA}"), out)));
    }

    static Operation op(String yaml) {
        return new Operation(yaml(yaml), Map.of());
    }
}
