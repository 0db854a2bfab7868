package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;


import org.junit.jupiter.api.Test;

class PartContentTypeRuleTest {

    private final PartContentTypeRule rule = new PartContentTypeRule();

    @Test
    void aChangedPartContentTypeBreaks() {
        breaking(run(out -> rule.check(BASE, yaml("{image: {contentType: image/jpeg}}"),
                yaml("{image: {contentType: image/png}}"), out)), PartContentTypeRule.NAME,
                "part content type 'image/jpeg' → 'image/png'");
    }
}
