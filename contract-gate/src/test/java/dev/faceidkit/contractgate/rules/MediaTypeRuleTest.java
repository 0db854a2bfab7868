package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class MediaTypeRuleTest {

    private final MediaTypeRule rule = new MediaTypeRule();

    @Test
    void aRemovedMediaTypeBreaksAndANewOneDoesNot() {
        breaking(run(out -> rule.removed(REQUEST, WHERE, out)), MediaTypeRule.NAME, "request media type no longer accepted");
        breaking(run(out -> rule.removed(RESPONSE, WHERE, out)), MediaTypeRule.NAME, "response media type no longer produced");
        compatible(run(out -> rule.added(RESPONSE, WHERE, out)), MediaTypeRule.NAME, "new response media type");
    }
}
