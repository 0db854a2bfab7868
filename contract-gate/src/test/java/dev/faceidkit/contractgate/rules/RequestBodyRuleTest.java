package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

class RequestBodyRuleTest {

    private final RequestBodyRule rule = new RequestBodyRule();

    @Test
    void aRemovedOrNewlyRequiredBodyBreaks() {
        breaking(run(out -> rule.check(WHERE, yaml("{content: {}}"), MissingNode.getInstance(), out)), RequestBodyRule.NAME,
                "request body removed");
        breaking(run(out -> rule.check(WHERE, yaml("{content: {}}"), yaml("{required: true, content: {}}"), out)),
                RequestBodyRule.NAME, "request body became required");
        compatible(run(out -> rule.check(WHERE, MissingNode.getInstance(), yaml("{content: {}}"), out)), RequestBodyRule.NAME,
                "new optional request body");
    }
}
