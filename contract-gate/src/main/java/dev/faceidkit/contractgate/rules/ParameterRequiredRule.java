package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;

/** {@code parameter-required-changed}: optional made required is breaking; the reverse is compatible. */
public final class ParameterRequiredRule implements ParameterRule {

    public static final String NAME = "parameter-required-changed";

    @Override
    public void check(String where, JsonNode before, JsonNode after, Changes out) {
        if (before == null || after == null) {
            return;
        }
        boolean oldRequired = before.path("required").asBoolean(false);
        boolean newRequired = after.path("required").asBoolean(false);
        if (!oldRequired && newRequired) {
            out.breaking(NAME, where, "parameter became required: requests without it are rejected");
        } else if (oldRequired && !newRequired) {
            out.compatible(NAME, where, "parameter is no longer required");
        }
    }
}
