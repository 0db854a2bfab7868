package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Operation;

/** A rule on one operation present in both versions, {@code label} being "POST /faceid/v2/verify". */
public interface OperationRule {
    void check(String label, Operation before, Operation after, Changes out);
}
