package dev.faceidkit.contractgate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractgate.model.Change;
import java.util.List;

/** One finding of one rule, breaking or not, whose description contains a text. */
final class RuleAssert {

    private RuleAssert() {
    }

    static void breaking(List<Change> changes, String rule, String text) {
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.rule()).isEqualTo(rule);
            assertThat(change.isBreaking()).as("breaking: %s", change).isTrue();
            assertThat(change.description()).contains(text);
        });
    }

    static void compatible(List<Change> changes, String rule, String text) {
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.rule()).isEqualTo(rule);
            assertThat(change.isBreaking()).as("breaking: %s", change).isFalse();
            assertThat(change.description()).contains(text);
        });
    }

    static void none(List<Change> changes) {
        assertThat(changes).isEmpty();
    }
}
