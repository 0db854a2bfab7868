package dev.faceidkit.contractgate.compare;

import static dev.faceidkit.contractgate.compare.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema with its allOf members merged in: what a value must look like, read flat. The first declaration of a
 * keyword wins (the schema itself before its allOf members), as a reader of the contract would take it.
 */
public final class SchemaView {

    /** Every limit-like keyword the rules look at. */
    private static final List<String> LIMITS = List.of("maxLength", "maximum", "maxItems", "maxProperties",
            "x-faceid-max-bytes", "x-faceid-max-pixels", "x-faceid-max-request-bytes", "minLength", "minimum",
            "minItems", "minProperties", "exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "pattern",
            "x-faceid-integer-range");

    public String type;
    public String format;
    public List<String> enumValues;
    public List<String> extensibleValues;
    public boolean nullable;
    public JsonNode defaultValue;
    public final Map<String, JsonNode> limits = new LinkedHashMap<>();
    public final Map<String, JsonNode> properties = new LinkedHashMap<>();
    public final Set<String> required = new LinkedHashSet<>();
    public JsonNode items;
    public JsonNode additionalProperties;
    /** Each oneOf/anyOf group: alternative name → schema. */
    public final List<Map<String, JsonNode>> alternatives = new ArrayList<>();

    private SchemaView() {
    }

    public static SchemaView of(Doc doc, JsonNode schema) {
        SchemaView view = new SchemaView();
        view.merge(doc, schema, 0);
        return view;
    }

    public JsonNode limit(String keyword) {
        return limits.get(keyword);
    }

    private void merge(Doc doc, JsonNode reference, int depth) {
        JsonNode schema = doc.deref(reference);
        if (schema.isMissingNode() || depth > 16) {
            return;
        }
        if (type == null && schema.hasNonNull("type")) {
            type = schema.get("type").asText();
        }
        if (format == null && schema.hasNonNull("format")) {
            format = schema.get("format").asText();
        }
        if (enumValues == null && schema.has("enum")) {
            enumValues = texts(schema.get("enum"), null);
        }
        if (extensibleValues == null && schema.has("x-extensible-enum")) {
            extensibleValues = texts(schema.get("x-extensible-enum"), null);
        }
        nullable |= schema.path("nullable").asBoolean(false);
        if (defaultValue == null && schema.has("default")) {
            defaultValue = schema.get("default");
        }
        for (String limit : LIMITS) {
            if (schema.has(limit)) {
                limits.putIfAbsent(limit, schema.get(limit));
            }
        }
        schema.path("properties").fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (items == null && schema.has("items")) {
            items = schema.get("items");
        }
        if (additionalProperties == null && schema.has("additionalProperties")) {
            additionalProperties = schema.get("additionalProperties");
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            if (schema.has(keyword)) {
                Map<String, JsonNode> group = new LinkedHashMap<>();
                int index = 0;
                for (JsonNode alternative : schema.get(keyword)) {
                    group.put(alternativeName(doc, alternative, keyword, index++), alternative);
                }
                alternatives.add(group);
            }
        }
        for (JsonNode member : schema.path("allOf")) {
            merge(doc, member, depth + 1);
        }
    }

    /** Alternatives are matched across versions by component name, else title, else position. */
    private static String alternativeName(Doc doc, JsonNode alternative, String keyword, int index) {
        if (alternative.has("$ref")) {
            String ref = alternative.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        JsonNode resolved = doc.deref(alternative);
        return resolved.hasNonNull("title") ? resolved.get("title").asText() : keyword + "[" + index + "]";
    }
}
