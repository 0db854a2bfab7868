package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Read-only navigation over the bundled contract's JSON tree: operations, their responses, examples and error
 * catalogues. Works on the raw document (internal {@code $ref}s followed on demand), so that it sees exactly
 * what the bundle says, in the order it says it; a copy can be mutated to prove that the checks bite.
 */
public final class Contract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode tree;

    public Contract(JsonNode tree) {
        this.tree = tree;
    }

    public JsonNode tree() {
        return tree;
    }

    /** A deep copy changed by {@code change}; the original is left alone. */
    public Contract mutated(Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) tree.deepCopy();
        change.accept(copy);
        return new Contract(copy);
    }

    /** Follows internal refs until a real node is reached; MissingNode when one dangles. */
    public JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 32) {
                return MissingNode.getInstance();
            }
            current = tree.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        tree.path("paths").properties().forEach(path -> deref(path.getValue()).properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(op.getValue().path("operationId").asText(), op.getKey(), path.getKey(),
                        op.getValue()));
            }
        }));
        return operations;
    }

    public Operation operation(String operationId) {
        return operations().stream().filter(op -> op.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in the contract"));
    }

    /** Status code to response object (refs followed), in document order. */
    public Map<Integer, JsonNode> responses(Operation operation) {
        Map<Integer, JsonNode> responses = new LinkedHashMap<>();
        operation.node().path("responses").properties()
                .forEach(e -> responses.put(Integer.valueOf(e.getKey()), deref(e.getValue())));
        return responses;
    }

    public List<ResponseExample> responseExamples() {
        List<ResponseExample> examples = new ArrayList<>();
        for (Operation op : operations()) {
            responses(op).forEach((status, response) -> response.path("content").properties().forEach(media ->
                    media.getValue().path("examples").properties().forEach(example -> examples.add(
                            new ResponseExample(op, status, media.getKey(), example.getKey(),
                                    deref(example.getValue()).path("value"), media.getValue().path("schema"))))));
        }
        return examples;
    }

    /** Named form examples of every operation with a body, and one query example of every operation without. */
    public List<RequestExample> requestExamples() {
        List<RequestExample> examples = new ArrayList<>();
        for (Operation op : operations()) {
            JsonNode form = op.node().path("requestBody").path("content").path("multipart/form-data");
            form.path("examples").properties().forEach(example -> examples.add(new RequestExample(op,
                    example.getKey(), deref(example.getValue()).path("value"), form.path("schema"))));
            if (!op.hasFormBody()) {
                examples.add(new RequestExample(op, RequestExample.PARAMETER_EXAMPLES, parameterExamples(op), null));
            }
        }
        return examples;
    }

    /** The operation's parameters (refs followed), in document order. */
    public List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.node().path("parameters").forEach(p -> parameters.add(deref(p)));
        return parameters;
    }

    /** Every {@code x-faceid-errors} row of every error response of every operation. */
    public List<DocumentedError> documentedErrors() {
        List<DocumentedError> errors = new ArrayList<>();
        for (Operation op : operations()) {
            responses(op).forEach((status, response) -> response.path("x-faceid-errors").forEach(row ->
                    errors.add(new DocumentedError(op, status, row.path("code").asText(),
                            texts(row.path("detail-values")), row.path("billed").asBoolean(false),
                            texts(row.path("billed-when-detail"))))));
        }
        return errors;
    }

    /** The documented errors of one operation and status. */
    public List<DocumentedError> documentedErrors(Operation operation, int status) {
        return documentedErrors().stream()
                .filter(e -> e.operation().id().equals(operation.id()) && e.status() == status)
                .toList();
    }

    private ObjectNode parameterExamples(Operation op) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        for (JsonNode parameter : parameters(op)) {
            if (parameter.has("example")) {
                query.set(parameter.path("name").asText(), parameter.get("example"));
            }
        }
        return query;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
