package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Objects;

/**
 * {@code additional-properties-changed}: additionalProperties turned to false breaks requests that send extra
 * fields; other changes of the flag are reported as compatible. (Two schema-valued additionalProperties are
 * compared as schemas by the walker.)
 */
public final class AdditionalPropertiesRule implements SchemaRule {

    public static final String NAME = "additional-properties-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        JsonNode before = pair.before().additionalProperties;
        JsonNode after = pair.after().additionalProperties;
        if (before != null && after != null && before.isObject() && after.isObject()) {
            return;
        }
        if (!Objects.equals(before, after)) {
            boolean closed = after != null && after.isBoolean() && !after.asBoolean();
            if (pair.request() && closed) {
                out.breaking(NAME, pair.where(), "additional properties no longer allowed");
            } else {
                out.compatible(NAME, pair.where(), "additionalProperties " + show(before) + " → " + show(after));
            }
        }
    }
}
