package dev.faceidkit.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled contract, read the way the tests need it: the documented errors of each operation and the response
 * schemas, checked with a draft-4 validator after turning OpenAPI 3.0 schemas into JSON Schema ({@code nullable}
 * adds "null", component {@code $ref}s point into {@code definitions}, OpenAPI-only formats and {@code x-}
 * annotations go). The same conversion as the openapi module's own tests.
 */
public final class ContractSchemas {

    private static final String LOCATION = "META-INF/faceid/openapi/faceid-openapi.json";
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final Set<String> OPENAPI_FORMATS = Set.of("binary", "byte", "int32", "int64", "float", "double",
            "password");
    private static final Set<String> DROPPED = Set.of("nullable", "example", "discriminator", "xml", "externalDocs",
            "deprecated", "readOnly", "writeOnly");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    /** One documented error: operation, status, code, and the detail values the contract lists (may be empty). */
    public record DocumentedError(String operationId, int status, String code, String template, List<String> details) {
    }

    private final JsonNode tree;
    private final ObjectNode definitions;

    public ContractSchemas() {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(LOCATION)) {
            this.tree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        definitions = JsonNodeFactory.instance.objectNode();
        tree.path("components").path("schemas").properties()
                .forEach(entry -> definitions.set(entry.getKey(), convert(entry.getValue())));
    }

    public List<DocumentedError> documentedErrors() {
        List<DocumentedError> errors = new ArrayList<>();
        for (JsonNode pathItem : tree.path("paths")) {
            for (JsonNode operation : pathItem) {
                String operationId = operation.path("operationId").asText();
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    for (JsonNode error : resolve(response.getValue()).path("x-faceid-errors")) {
                        List<String> details = new ArrayList<>();
                        error.path("detail-values").forEach(value -> details.add(value.asText()));
                        errors.add(new DocumentedError(operationId, Integer.parseInt(response.getKey()),
                                error.path("code").asText(), error.path("message").asText(), List.copyOf(details)));
                    }
                }
            }
        }
        return errors;
    }

    /** The problems of {@code body} against the JSON schema of that response; empty when it conforms. */
    public List<String> check(String operationId, int status, JsonNode body) {
        JsonNode schema = responseSchema(operationId, status);
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("definitions", definitions);
        document.putArray("allOf").add(convert(schema));
        return FACTORY.getSchema(document).validate(body).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonNode responseSchema(String operationId, int status) {
        for (JsonNode pathItem : tree.path("paths")) {
            for (JsonNode operation : pathItem) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    JsonNode schema = resolve(operation.path("responses").path(Integer.toString(status)))
                            .path("content").path("application/json").path("schema");
                    if (schema.isMissingNode()) {
                        throw new IllegalArgumentException(operationId + " has no JSON response " + status);
                    }
                    return schema;
                }
            }
        }
        throw new IllegalArgumentException("No operation " + operationId);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(tree.at(ref.asText().substring(1)));
    }

    private static JsonNode convert(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return out.put("$ref", "#/definitions/" + ref.substring(COMPONENT_PREFIX.length()));
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            switch (keyword) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    value.properties().forEach(p -> properties.set(p.getKey(), convert(p.getValue())));
                }
                case "items", "not", "additionalProperties" -> out.set(keyword, convert(value));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = out.putArray(keyword);
                    value.forEach(part -> parts.add(convert(part)));
                }
                case "format" -> {
                    if (!OPENAPI_FORMATS.contains(value.asText())) {
                        out.set(keyword, value);
                    }
                }
                default -> {
                    if (!DROPPED.contains(keyword) && !keyword.startsWith("x-")) {
                        out.set(keyword, value.deepCopy());
                    }
                }
            }
        }
        if (schema.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
        }
        return out;
    }
}
