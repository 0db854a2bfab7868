package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;

class ServersRuleTest {

    private final ServersRule rule = new ServersRule();

    @Test
    void serverChangesAreReportedAsCompatible() {
        var changes = document(rule, "{servers: [{url: \"https://a\"}]}", "{servers: [{url: \"https://b\"}]}");
        assertThat(changes).hasSize(3).noneMatch(c -> c.isBreaking()).allMatch(c -> c.rule().equals(ServersRule.NAME));
        assertThat(changes).anySatisfy(c -> assertThat(c.description()).contains("default server https://a → https://b"));
    }
}
