package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Side.REQUEST;
import static dev.faceidkit.contractgate.compare.Side.RESPONSE;
import static dev.faceidkit.contractgate.rules.RuleAssert.breaking;
import static dev.faceidkit.contractgate.rules.RuleAssert.compatible;
import static dev.faceidkit.contractgate.rules.RuleAssert.none;
import static dev.faceidkit.contractgate.rules.RuleFixture.*;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;

class ComponentNamesRuleTest {

    private final ComponentNamesRule rule = new ComponentNamesRule();

    @Test
    void aRenamedSchemaIsReported() {
        var changes = document(rule, "{components: {schemas: {A: {}}}}", "{components: {schemas: {B: {}}}}");
        assertThat(changes).hasSize(2).noneMatch(c -> c.isBreaking());
        assertThat(changes.get(0).description()).contains("generated code loses or renames model class A");
    }
}
