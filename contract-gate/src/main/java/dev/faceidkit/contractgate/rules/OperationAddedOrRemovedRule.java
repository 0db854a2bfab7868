package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;
import dev.faceidkit.contractgate.compare.Operation;
import java.util.Map;

/** {@code operation-removed} / added: a removed operation breaks its callers; a new one is an addition. */
public final class OperationAddedOrRemovedRule implements DocumentRule {

    public static final String NAME = "operation-removed";

    @Override
    public void check(Doc before, Doc after, Changes out) {
        Map<String, Operation> oldOps = before.operations();
        Map<String, Operation> newOps = after.operations();
        oldOps.keySet().stream().filter(label -> !newOps.containsKey(label))
                .forEach(label -> out.breaking(NAME, label, "operation removed"));
        newOps.keySet().stream().filter(label -> !oldOps.containsKey(label))
                .forEach(label -> out.compatible(NAME, label, "new operation"));
    }
}
