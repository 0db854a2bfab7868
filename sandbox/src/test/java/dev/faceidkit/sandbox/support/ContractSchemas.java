package dev.faceidkit.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.testsupport.contract.RawBundle;
import dev.faceidkit.testsupport.schema.ContractJsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled contract, read the way the tests need it: the documented errors of each operation and the response
 * schemas, checked with test-support's {@link ContractJsonSchema} (the same check as the contract's own
 * example tests).
 */
public final class ContractSchemas {

    /** One documented error: operation, status, code, and the detail values the contract lists (may be empty). */
    public record DocumentedError(String operationId, int status, String code, String template, List<String> details) {
    }

    private final JsonNode tree;
    private final ContractJsonSchema schemas;

    public ContractSchemas() {
        this.tree = RawBundle.tree();
        schemas = new ContractJsonSchema(tree);
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
        return schemas.problems(responseSchema(operationId, status), body, ContractJsonSchema.Direction.RESPONSE);
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
}
