package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativesChangedRuleTest {

    private final AlternativesChangedRule rule = new AlternativesChangedRule();

    @Test
    void aRemovedAlternativeBreaksRequestsAndANewOneBreaksResponses() {
        breaking(run(out -> rule.removed(REQUEST, WHERE, "Kyc", out)), AlternativesChangedRule.NAME, "requests of that shape are rejected");
        compatible(run(out -> rule.removed(RESPONSE, WHERE, "Kyc", out)), AlternativesChangedRule.NAME, "alternative Kyc removed");
        breaking(run(out -> rule.added(RESPONSE, WHERE, "Kyc", out)), AlternativesChangedRule.NAME, "a shape clients do not know");
        compatible(run(out -> rule.added(REQUEST, WHERE, "Kyc", out)), AlternativesChangedRule.NAME, "new alternative Kyc");
    }

    @Test
    void aNewGroupBreaksRequests() {
        breaking(run(out -> rule.groupAdded(REQUEST, WHERE, Map.of("A", yaml("{}")), out)), AlternativesChangedRule.NAME,
                "every request must now match one of them");
        breaking(run(out -> rule.groupRemoved(RESPONSE, WHERE, Map.of("A", yaml("{}")), out)), AlternativesChangedRule.NAME,
                "was removed");
    }
}
