package dev.faceidkit.testsupport.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.testsupport.schema.ContractJsonSchema.Direction;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns an OpenAPI 3.0 Schema Object into JSON Schema draft 4, which a plain JSON Schema validator checks
 * exactly. Written by hand because the OpenAPI 3.0 dialect of networknt json-schema-validator 1.5.x is too
 * lenient: it lets {@code null} through for any property of a {@code nullable} object (measured), so an
 * example with {@code "confidence": null} inside a nullable result would pass.
 *
 * <ul>
 *   <li>{@code nullable: true} adds "null" to {@code type} (and to {@code enum}, as Prism does);
 *       without {@code type} it has no effect, as OpenAPI 3.0.3 says.</li>
 *   <li>{@code $ref: #/components/schemas/X} becomes {@code #/definitions/X}; siblings of $ref are ignored,
 *       as in OpenAPI 3.0.</li>
 *   <li>readOnly properties must be absent from requests and writeOnly ones from responses, and neither is
 *       then required there.</li>
 *   <li>OpenAPI-only formats (binary, byte, int32, ...) and annotations ({@code example}, {@code x-*}, ...)
 *       are dropped; standard formats such as date-time stay and are asserted.</li>
 * </ul>
 */
final class SchemaConverter {

    private static final Set<String> OPENAPI_ONLY_FORMATS =
            Set.of("binary", "byte", "int32", "int64", "float", "double", "password");
    private static final Set<String> DROPPED_KEYWORDS = Set.of("nullable", "example", "discriminator", "xml",
            "externalDocs", "deprecated", "readOnly", "writeOnly");
    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final JsonNode components;
    private final Direction direction;

    /** @param components the spec's {@code components.schemas}, to see through $ref'd properties */
    SchemaConverter(JsonNode components, Direction direction) {
        this.components = components;
        this.direction = direction;
    }

    /** All component schemas, converted, to serve as the draft-4 {@code definitions}. */
    ObjectNode definitions() {
        ObjectNode definitions = JsonNodeFactory.instance.objectNode();
        components.properties().forEach(e -> definitions.set(e.getKey(), convert(e.getValue())));
        return definitions;
    }

    JsonNode convert(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return out.put("$ref", ref.startsWith(COMPONENT_PREFIX)
                    ? "#/definitions/" + ref.substring(COMPONENT_PREFIX.length()) : ref);
        }
        Set<String> hidden = hiddenProperties(schema);
        schema.properties().forEach(entry -> {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    value.properties().forEach(p -> properties.set(p.getKey(), hidden.contains(p.getKey())
                            ? neverAllowed() : convert(p.getValue())));
                }
                case "items", "not", "additionalProperties" -> out.set(keyword, convert(value));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = out.putArray(keyword);
                    value.forEach(part -> parts.add(convert(part)));
                }
                case "required" -> {
                    ArrayNode required = out.putArray("required");
                    value.forEach(name -> {
                        if (!hidden.contains(name.asText())) {
                            required.add(name);
                        }
                    });
                }
                case "format" -> {
                    if (!OPENAPI_ONLY_FORMATS.contains(value.asText())) {
                        out.set(keyword, value);
                    }
                }
                default -> {
                    if (!DROPPED_KEYWORDS.contains(keyword) && !keyword.startsWith("x-")) {
                        out.set(keyword, value.deepCopy());
                    }
                }
            }
        });
        if (schema.path("nullable").asBoolean(false)) {
            allowNull(out);
        }
        return out;
    }

    private static void allowNull(ObjectNode out) {
        if (out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
            if (out.has("enum") && !containsNull(out.get("enum"))) {
                ((ArrayNode) out.get("enum")).addNull();
            }
        }
    }

    private static boolean containsNull(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    /** {"not": {}} matches nothing: the draft-4 way to say "this property must be absent". */
    private static JsonNode neverAllowed() {
        ObjectNode never = JsonNodeFactory.instance.objectNode();
        never.putObject("not");
        return never;
    }

    private Set<String> hiddenProperties(JsonNode schema) {
        String flag = switch (direction) {
            case REQUEST -> "readOnly";
            case RESPONSE -> "writeOnly";
            case NONE -> null;
        };
        Set<String> hidden = new HashSet<>();
        if (flag != null) {
            schema.path("properties").properties().forEach(p -> {
                if (resolve(p.getValue()).path(flag).asBoolean(false)) {
                    hidden.add(p.getKey());
                }
            });
        }
        return hidden;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith(COMPONENT_PREFIX) ? components.path(ref.substring(COMPONENT_PREFIX.length())) : schema;
    }
}
