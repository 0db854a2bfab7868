package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds example fields that no schema declares. The contract lets forms and bodies carry extra fields, so the
 * JSON Schema check accepts them; a misspelt key in an example would then pass unnoticed and mislead every
 * consumer who copies it.
 */
final class UndeclaredFields {

    private final Spec spec;

    UndeclaredFields(Spec spec) {
        this.spec = spec;
    }

    /** Paths of the example's object keys that the schema does not declare, e.g. "$.result_faceid.confidnce". */
    List<String> find(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        walk(schema, value, "$", found);
        return found;
    }

    private void walk(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema == null || value == null) {
            return;
        }
        List<JsonNode> branches = branches(schema);
        if (value.isObject()) {
            for (var field : value.properties()) {
                String key = field.getKey();
                JsonNode child = childSchema(branches, key);
                if (child == null) {
                    found.add(path + "." + key);
                } else {
                    walk(child, field.getValue(), path + "." + key, found);
                }
            }
        } else if (value.isArray()) {
            JsonNode items = branches.stream().map(b -> b.get("items")).filter(i -> i != null).findFirst().orElse(null);
            for (int i = 0; i < value.size(); i++) {
                walk(items, value.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /** The schema for a key: a declared property of any branch, else a map's additionalProperties schema. */
    private JsonNode childSchema(List<JsonNode> branches, String key) {
        for (JsonNode branch : branches) {
            JsonNode property = branch.path("properties").get(key);
            if (property != null) {
                return property;
            }
        }
        for (JsonNode branch : branches) {
            JsonNode additional = branch.get("additionalProperties");
            if (additional != null && additional.isObject()) {
                return additional;
            }
        }
        return null;
    }

    /** The schema and every schema it is composed of (allOf, oneOf, anyOf), with $refs followed. */
    private List<JsonNode> branches(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        collect(spec.deref(schema), out, new HashSet<>());
        return out;
    }

    private void collect(JsonNode schema, List<JsonNode> out, Set<JsonNode> seen) {
        if (!seen.add(schema)) {
            return;
        }
        out.add(schema);
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(keyword)) {
                collect(spec.deref(part), out, seen);
            }
        }
    }
}
