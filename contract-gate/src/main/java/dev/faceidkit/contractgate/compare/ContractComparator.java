package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.model.Change;
import dev.faceidkit.contractgate.rules.ComponentNamesRule;
import dev.faceidkit.contractgate.rules.DocumentRule;
import dev.faceidkit.contractgate.rules.InfoVersionRule;
import dev.faceidkit.contractgate.rules.OperationAddedOrRemovedRule;
import dev.faceidkit.contractgate.rules.ServersRule;
import java.util.List;
import java.util.Map;

/**
 * Walks two bundles (JSON trees of one-file documents, internal refs only) and applies every named rule: the
 * document rules here, each operation present in both through {@link OperationComparator}.
 */
public final class ContractComparator {

    private static final List<DocumentRule> FIRST = List.of(new InfoVersionRule(), new ServersRule(),
            new OperationAddedOrRemovedRule());
    private static final List<DocumentRule> LAST = List.of(new ComponentNamesRule());

    private ContractComparator() {
    }

    /** Every difference the rules know how to classify, breaking ones and others, in contract order. */
    public static List<Change> compare(JsonNode oldRoot, JsonNode newRoot) {
        Doc before = new Doc(oldRoot);
        Doc after = new Doc(newRoot);
        Changes out = new Changes();
        FIRST.forEach(rule -> rule.check(before, after, out));
        OperationComparator operations = new OperationComparator(before, after, out);
        Map<String, Operation> newOps = after.operations();
        before.operations().forEach((label, oldOp) -> {
            Operation newOp = newOps.get(label);
            if (newOp != null) {
                operations.compare(label, oldOp, newOp);
            }
        });
        LAST.forEach(rule -> rule.check(before, after, out));
        return out.list();
    }
}
