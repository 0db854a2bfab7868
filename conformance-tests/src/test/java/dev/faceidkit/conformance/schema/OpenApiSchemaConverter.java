package dev.faceidkit.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Turns an OpenAPI 3.0 Schema Object into JSON Schema draft 4, which a plain validator checks exactly (the
 * OpenAPI dialect of networknt is lenient with {@code nullable}). {@code nullable: true} adds "null" to the
 * type; {@code #/components/schemas/X} becomes {@code #/definitions/X}; OpenAPI-only formats (binary,
 * password, int32, double ...) and annotations ({@code example}, {@code x-*}) are dropped.
 */
final class OpenApiSchemaConverter {

    private static final Set<String> OPENAPI_ONLY_FORMATS =
            Set.of("binary", "byte", "int32", "int64", "float", "double", "password");
    private static final Set<String> DROPPED = Set.of("nullable", "example", "discriminator", "xml", "externalDocs",
            "deprecated", "readOnly", "writeOnly");
    private static final String COMPONENTS = "#/components/schemas/";

    private OpenApiSchemaConverter() {
    }

    static ObjectNode definitions(JsonNode componentSchemas) {
        ObjectNode definitions = JsonNodeFactory.instance.objectNode();
        componentSchemas.properties().forEach(e -> definitions.set(e.getKey(), convert(e.getValue())));
        return definitions;
    }

    static JsonNode convert(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return out.put("$ref", ref.startsWith(COMPONENTS) ? "#/definitions/" + ref.substring(COMPONENTS.length())
                    : ref);
        }
        schema.properties().forEach(entry -> {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    value.properties().forEach(p -> properties.set(p.getKey(), convert(p.getValue())));
                }
                case "items", "not" -> out.set(keyword, convert(value));
                case "additionalProperties" -> out.set(keyword, value.isObject() ? convert(value) : value);
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = out.putArray(keyword);
                    value.forEach(part -> parts.add(convert(part)));
                }
                case "format" -> {
                    if (!OPENAPI_ONLY_FORMATS.contains(value.asText())) {
                        out.set(keyword, value);
                    }
                }
                default -> {
                    if (!DROPPED.contains(keyword) && !keyword.startsWith("x-")) {
                        out.set(keyword, value.deepCopy());
                    }
                }
            }
        });
        if (schema.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
            if (out.has("enum")) {
                ((ArrayNode) out.get("enum")).addNull();
            }
        }
        return out;
    }
}
