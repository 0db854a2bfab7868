package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Operation;

/** {@code operation-deprecated}: compatible (a warning to callers, it still works). */
public final class OperationDeprecatedRule implements OperationRule {

    public static final String NAME = "operation-deprecated";

    @Override
    public void check(String label, Operation before, Operation after, Changes out) {
        if (!before.node().path("deprecated").asBoolean(false) && after.node().path("deprecated").asBoolean(false)) {
            out.compatible(NAME, label, "operation deprecated");
        }
    }
}
