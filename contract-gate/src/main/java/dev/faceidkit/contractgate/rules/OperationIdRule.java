package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Operation;

/**
 * {@code operation-id-changed}: breaking. Nothing changes on the wire, but generated clients and server stubs
 * name their methods after it, so code written against them stops compiling (openapi-diff has this rule off).
 */
public final class OperationIdRule implements OperationRule {

    public static final String NAME = "operation-id-changed";

    @Override
    public void check(String label, Operation before, Operation after, Changes out) {
        String oldId = before.node().path("operationId").asText("");
        String newId = after.node().path("operationId").asText("");
        if (!oldId.equals(newId)) {
            out.breaking(NAME, label, "operationId `" + oldId + "` → `" + newId + "` (generated clients and server"
                    + " stubs rename the method)");
        }
    }
}
