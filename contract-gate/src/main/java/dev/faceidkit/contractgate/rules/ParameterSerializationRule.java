package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;

/** {@code parameter-serialization-changed}: style, explode, allowReserved or allowEmptyValue changed: breaking. */
public final class ParameterSerializationRule implements ParameterRule {

    public static final String NAME = "parameter-serialization-changed";

    @Override
    public void check(String where, JsonNode before, JsonNode after, Changes out) {
        if (before == null || after == null) {
            return;
        }
        for (String attribute : List.of("style", "explode", "allowReserved", "allowEmptyValue")) {
            JsonNode oldValue = before.path(attribute);
            JsonNode newValue = after.path(attribute);
            if (!oldValue.equals(newValue)) {
                out.breaking(NAME, where, attribute + " " + show(oldValue) + " → " + show(newValue) + " (the value is"
                        + " serialized differently)");
            }
        }
    }
}
