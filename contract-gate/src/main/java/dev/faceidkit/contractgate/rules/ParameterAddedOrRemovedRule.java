package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code parameter-removed} / added: a removed parameter, or a new required one, breaks callers; a new optional
 * parameter is an addition.
 */
public final class ParameterAddedOrRemovedRule implements ParameterRule {

    public static final String NAME = "parameter-removed";

    @Override
    public void check(String where, JsonNode before, JsonNode after, Changes out) {
        if (after == null) {
            out.breaking(NAME, where, "parameter removed (clients that send it are no longer described; generated"
                    + " clients lose the argument)");
        } else if (before == null) {
            if (after.path("required").asBoolean(false)) {
                out.breaking(NAME, where, "new required parameter: requests without it are rejected");
            } else {
                out.compatible(NAME, where, "new optional parameter");
            }
        }
    }
}
