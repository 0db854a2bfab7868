package dev.faceidkit.generatorconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the codegen view from the bundled contract: the same document with its schema
 * compositions flattened, because OpenAPI Generator flattens conditional form groups with wrong
 * required flags and handles composed schemas unevenly across generators.
 *
 * <ol>
 *   <li>A schema with its own {@code properties} and conditional groups ({@code oneOf}, or
 *       {@code allOf} of {@code oneOf}s) loses the groups: every field stays a top-level property
 *       and only the top-level {@code required} stays. Variant schemas nothing refers to any more
 *       are dropped.</li>
 *   <li>{@code allOf: [$ref]} (a reference given its own description) becomes the plain
 *       {@code $ref}; OpenAPI 3.0 ignores siblings of {@code $ref}, so that description goes.</li>
 *   <li>{@code allOf: [$ref, inline...]} becomes one object schema with the properties and
 *       {@code required} of all its parts.</li>
 *   <li>{@code x-enum-varnames} is dropped from an enumeration that has a default (see
 *       {@link #dropVarnamesOfDefaults}).</li>
 *   <li>Named examples written inline in a request body or a response move to {@code components/examples} (see
 *       {@link #hoistResponseExamples}).</li>
 * </ol>
 *
 * Everything else is copied unchanged. Whatever these rules do not cover fails the build, so that
 * no field can be lost silently.
 */
public final class CodegenView {

    private static final String SCHEMA_REF = "#/components/schemas/";
    /** Keys a variant may hold: it may only pin a selecting field and list required names. */
    private static final Set<String> VARIANT_KEYS = Set.of("title", "type", "description", "required", "properties");
    /** Keys a part of a composed schema may hold; only its properties and required are taken over. */
    /** Keys beside {@code allOf: [$ref]} that rule 2 drops; anything else would change the meaning. */
    private static final Set<String> WRAPPER_KEYS = Set.of("allOf", "title", "description");
    private static final Set<String> PART_KEYS = Set.of("title", "type", "description", "required", "properties");

    private CodegenView() {
    }

    /**
     * The view for the Java client: also every open enumeration ({@code x-extensible-enum}, D-54) becomes an
     * {@code enum}, which the client's template override turns into a class that keeps unknown values. The
     * server stubs keep plain strings and integers: the sandbox writes such values, it never reads new ones.
     */
    public static ObjectNode deriveForJavaClient(JsonNode bundle) {
        ObjectNode view = derive(bundle);
        openEnumerationsAsEnums(view);
        return view;
    }

    private static void openEnumerationsAsEnums(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("x-extensible-enum") && !object.has("enum")) {
            object.set("enum", object.get("x-extensible-enum").deepCopy());
        }
        node.forEach(CodegenView::openEnumerationsAsEnums);
    }

    /** Returns the codegen view of {@code bundle} (a bundled OpenAPI 3.0 document); the input is not changed. */
    public static ObjectNode derive(JsonNode bundle) {
        ObjectNode doc = bundle.deepCopy();
        JsonNode schemasNode = doc.path("components").path("schemas");
        if (!schemasNode.isObject()) {
            throw new IllegalArgumentException("The document has no components.schemas");
        }
        ObjectNode schemas = (ObjectNode) schemasNode;

        Set<String> variants = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            dropVariantGroups(entry.getKey(), (ObjectNode) entry.getValue(), schemas, variants);
        }
        flatten(doc, schemas);

        Set<String> refs = new LinkedHashSet<>();
        collectRefs(doc, refs);
        for (String variant : variants) {
            if (!refs.contains(SCHEMA_REF + variant)) {
                schemas.remove(variant);
            }
        }
        hoistResponseExamples(doc);
        dropVarnamesOfDefaults(doc);
        return doc;
    }

    /**
     * Rule 5: {@code x-enum-varnames} goes where the enumeration also has a {@code default}. OpenAPI Generator 7.25.0
     * names such a default by its value ({@code SecurityLevel._2}) while naming the constants by the varnames
     * ({@code NORMAL}), and the kotlin client does not compile. The Java code of this project takes its constant
     * names from the contract itself (contract-model), not from the view.
     */
    private static void dropVarnamesOfDefaults(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("x-enum-varnames") && object.has("default")) {
            object.remove("x-enum-varnames");
        }
        node.forEach(CodegenView::dropVarnamesOfDefaults);
    }

    /**
     * Rule 4: every named example written inline in a request body or a response moves to {@code components/examples} under
     * {@code <operationId>_request_<name>}, {@code <operationId or response name>_<status>_<name>} and is referred to from where it was.
     * OpenAPI Generator 7.25.0 warns "Failed to get the schema name: null" for each inline one
     * (ExamplesUtils); the examples themselves are unchanged.
     */
    private static void hoistResponseExamples(ObjectNode doc) {
        ObjectNode components = (ObjectNode) doc.path("components");
        ObjectNode examples = components.has("examples") ? (ObjectNode) components.get("examples")
                : components.putObject("examples");
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String owner = op.getValue().path("operationId").asText(null);
            if (owner != null) {
                hoist(owner + "_request", op.getValue().path("requestBody"), examples);
                op.getValue().path("responses").properties().forEach(response ->
                        hoist(owner + "_" + response.getKey(), response.getValue(), examples));
            }
        }));
        components.path("responses").properties().forEach(response ->
                hoist(response.getKey(), response.getValue(), examples));
    }

    private static void hoist(String owner, JsonNode response, ObjectNode examples) {
        response.path("content").forEach(media -> {
            if (media.get("examples") instanceof ObjectNode named) {
                named.properties().forEach(example -> {
                    if (!example.getValue().has("$ref")) {
                        String key = owner + "_" + example.getKey();
                        if (examples.has(key)) {
                            throw new IllegalStateException("Two response examples would be named " + key);
                        }
                        examples.set(key, example.getValue());
                        example.setValue(examples.objectNode().put("$ref", "#/components/examples/" + key));
                    }
                });
            }
        });
    }

    /** Rule 1, on a component schema. */
    private static void dropVariantGroups(String name, ObjectNode schema, ObjectNode schemas, Set<String> variants) {
        if (!schema.has("properties") || !(schema.has("oneOf") || schema.has("allOf"))) {
            return;
        }
        List<JsonNode> groups = new ArrayList<>();
        if (schema.has("oneOf")) {
            groups.add(schema);
        }
        ArrayNode allOf = schema.has("allOf") ? (ArrayNode) schema.get("allOf") : null;
        if (allOf != null) {
            for (JsonNode part : allOf) {
                if (part.size() == 1 && part.has("oneOf")) {
                    groups.add(part);
                }
            }
        }
        for (JsonNode group : groups) {
            for (JsonNode ref : group.get("oneOf")) {
                String variant = componentName(ref);
                checkVariant(name, schema, variant, schemas.get(variant));
                variants.add(variant);
            }
        }
        schema.remove("oneOf");
        if (allOf != null) {
            for (Iterator<JsonNode> it = allOf.iterator(); it.hasNext(); ) {
                JsonNode part = it.next();
                if (part.size() == 1 && part.has("oneOf")) {
                    it.remove();
                }
            }
            if (allOf.isEmpty()) {
                schema.remove("allOf");
            }
        }
    }

    /** A variant may go only if everything it says is already said by the schema that selects it. */
    private static void checkVariant(String owner, JsonNode schema, String variant, JsonNode body) {
        String where = owner + " -> " + variant + ": ";
        if (body == null) {
            throw new IllegalStateException(where + "no such component");
        }
        body.fieldNames().forEachRemaining(key -> {
            if (!VARIANT_KEYS.contains(key)) {
                throw new IllegalStateException(where + "a variant with '" + key + "' would lose it");
            }
        });
        JsonNode props = schema.get("properties");
        for (JsonNode required : body.path("required")) {
            if (!props.has(required.asText())) {
                throw new IllegalStateException(where + "required '" + required.asText() + "' is no top-level property");
            }
        }
        for (Map.Entry<String, JsonNode> pin : body.path("properties").properties()) {
            JsonNode top = props.get(pin.getKey());
            if (top == null) {
                throw new IllegalStateException(where + "property '" + pin.getKey() + "' is no top-level property");
            }
            for (Map.Entry<String, JsonNode> keyword : pin.getValue().properties()) {
                boolean said = switch (keyword.getKey()) {
                    case "type", "format" -> keyword.getValue().equals(top.get(keyword.getKey()));
                    // A redeclaration's pointer to the full definition (D-53): the view keeps the top-level one.
                    case "description" -> true;
                    case "enum" -> top.has("enum") && containsAll(top.get("enum"), keyword.getValue());
                    default -> false;
                };
                if (!said) {
                    throw new IllegalStateException(where + "'" + pin.getKey() + "." + keyword.getKey()
                            + "' is not implied by the top-level property");
                }
            }
        }
    }

    /** Rules 2 and 3, everywhere in the document except in examples and extensions. */
    private static void flatten(JsonNode node, ObjectNode schemas) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, schemas));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        if (object.get("allOf") instanceof ArrayNode allOf) {
            if (allOf.size() == 1 && allOf.get(0).size() == 1 && allOf.get(0).has("$ref")) {
                object.fieldNames().forEachRemaining(key -> {
                    if (!WRAPPER_KEYS.contains(key)) {
                        throw new IllegalStateException("allOf: [$ref] with '" + key + "' would lose it: " + object);
                    }
                });
                object.removeAll();
                object.set("$ref", allOf.get(0).get("$ref"));
            } else {
                merge(object, schemas);
            }
        }
        for (String key : List.of("oneOf", "anyOf")) {
            if (object.get(key) instanceof ArrayNode) {
                throw new IllegalStateException("Not covered by the codegen view's rules: '" + key + "' in " + object);
            }
        }
        for (Map.Entry<String, JsonNode> child : object.properties()) {
            String key = child.getKey();
            if (!key.equals("example") && !key.equals("examples") && !key.startsWith("x-")) {
                flatten(child.getValue(), schemas);
            }
        }
    }

    /** Rule 3: the composed schema keeps its own keywords and gains the properties and required of every part. */
    private static void merge(ObjectNode composed, ObjectNode schemas) {
        ArrayNode parts = (ArrayNode) composed.remove("allOf");
        ObjectNode properties = composed.has("properties") ? (ObjectNode) composed.remove("properties") : composed.objectNode();
        Set<String> required = new LinkedHashSet<>();
        composed.path("required").forEach(name -> required.add(name.asText()));
        ObjectNode merged = composed.objectNode();
        for (JsonNode part : parts) {
            JsonNode body = part;
            if (part.has("$ref")) {
                if (part.size() != 1) {
                    throw new IllegalStateException("A $ref with siblings inside allOf: " + part);
                }
                body = schemas.get(componentName(part)).deepCopy();
                flatten(body, schemas);
            } else {
                flatten(body, schemas);
            }
            for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!PART_KEYS.contains(key)) {
                    throw new IllegalStateException("allOf part with '" + key + "' cannot be merged: " + part);
                }
            }
            if (body.has("type") && !"object".equals(body.get("type").asText())) {
                throw new IllegalStateException("allOf part is not an object schema: " + part);
            }
            for (Map.Entry<String, JsonNode> property : body.path("properties").properties()) {
                JsonNode earlier = merged.get(property.getKey());
                if (earlier != null && !earlier.equals(property.getValue())) {
                    throw new IllegalStateException("Property '" + property.getKey() + "' is defined twice, differently");
                }
                merged.set(property.getKey(), property.getValue().deepCopy());
            }
            body.path("required").forEach(name -> required.add(name.asText()));
        }
        for (Map.Entry<String, JsonNode> own : properties.properties()) {
            JsonNode earlier = merged.get(own.getKey());
            if (earlier != null && !earlier.equals(own.getValue())) {
                throw new IllegalStateException("Property '" + own.getKey() + "' is defined twice, differently");
            }
            merged.set(own.getKey(), own.getValue());
        }
        composed.put("type", "object");
        composed.set("properties", merged);
        if (!required.isEmpty()) {
            ArrayNode list = composed.putArray("required");
            required.forEach(list::add);
        }
        // Keep a readable key order: title, type, description, then the rest as written.
        reorder(composed, List.of("title", "type", "description", "required", "properties"));
    }

    private static void reorder(ObjectNode node, List<String> first) {
        ObjectNode copy = node.deepCopy();
        node.removeAll();
        for (String key : first) {
            if (copy.has(key)) {
                node.set(key, copy.remove(key));
            }
        }
        node.setAll(copy);
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject() && node.get("$ref") != null && node.get("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static String componentName(JsonNode ref) {
        String target = ref.path("$ref").asText();
        if (ref.size() != 1 || !target.startsWith(SCHEMA_REF)) {
            throw new IllegalStateException("Expected a plain reference to a component schema: " + ref);
        }
        return target.substring(SCHEMA_REF.length());
    }

    private static boolean containsAll(JsonNode values, JsonNode subset) {
        for (JsonNode value : subset) {
            boolean found = false;
            for (JsonNode candidate : values) {
                found |= candidate.equals(value);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
